package io.github.egovsdk.vneid.internal.population;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.gateway.GatewayReplies;
import io.github.egovsdk.core.gateway.GatewayReply;
import io.github.egovsdk.core.gateway.SoapEnvelopes;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.xml.XmlSecurityException;
import io.github.egovsdk.vneid.population.BatchRequestResult;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.CitizenRecord;
import io.github.egovsdk.vneid.population.PopulationOperation;
import io.github.egovsdk.vneid.population.PopulationSoapDialect;
import io.github.egovsdk.vneid.population.VerificationOutcome;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One SOAP call to the population database, directly or through a gateway: the request in the dialect's shape, the
 * reply unwrapped (raw SOAP or {@code {error_code, message}}), parsed with the secure XML parser, faults and
 * gateway codes turned into {@link EgovServiceException}. Only {@code EgovException} subclasses leave.
 */
public final class PopulationSoapExchange {
    private final HttpPipeline pipeline;
    private final Function<PopulationOperation, URI> urls;
    private final PopulationSoapDialect dialect;
    private final PopulationSoap.Codes codes;
    private final String contentType;

    public PopulationSoapExchange(
            HttpPipeline pipeline,
            Function<PopulationOperation, URI> urls,
            PopulationSoapDialect dialect,
            PopulationSoap.Codes codes,
            String contentType) {
        this.pipeline = pipeline;
        this.urls = urls;
        this.dialect = dialect;
        this.codes = codes;
        this.contentType = contentType;
    }

    /** Sends {@code op} and returns the element inside the SOAP body. */
    public Element call(
            PopulationOperation op, String requestId, String officer, CitizenQuery query, Map<String, String> extra) {
        byte[] body = PopulationSoap.envelope(dialect, op, requestId, officer, codes, query, extra);
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, urls.apply(op))
                .header("Accept", "application/xml, text/xml, application/json")
                .header("SOAPAction", "\"" + op.wireName() + "\"")
                .body(RequestBody.ofBytes(body, contentType))
                .idempotencyKey(requestId)
                .build();
        try (HttpResponse response = pipeline.send(request)) {
            return content(response.bodyAsString(SoapEnvelopes.MAX_SOAP_BYTES), requestId);
        }
    }

    /** Unwraps and parses a reply body; public for the robustness tests. */
    public static Element content(String body, String requestId) {
        GatewayReply reply = GatewayReplies.unwrap(body, requestId);
        if (!reply.soap()) {
            throw new EgovServiceException(
                    200,
                    "NOT_SOAP",
                    "The population database did not answer SOAP / CSDL dân" + " cư không trả về SOAP",
                    requestId,
                    null);
        }
        try {
            return SoapEnvelopes.bodyContent(reply.payload(), requestId);
        } catch (XmlSecurityException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof EgovException ee) {
                throw ee;
            }
            throw new EgovServiceException(
                    200, "BAD_SOAP", "Unreadable SOAP reply / phản hồi SOAP không đọc được", requestId, null);
        }
    }

    /** The records of a reply that must carry a {@code CongdanCollection}. */
    public static List<CitizenRecord> records(Element content, String requestId) {
        Element c = CongdanCollectionReader.find(content);
        if (c == null) {
            throw new EgovServiceException(
                    200,
                    "BAD_MESSAGE",
                    "The reply has no CongdanCollection / kết quả thiếu" + " CongdanCollection",
                    requestId,
                    null);
        }
        return CongdanCollectionReader.records(c, requestId);
    }

    /**
     * A yes/no reply: {@code KetQuaXacThucResponse/TonTai} or {@code KetQuaXacThuc/TonTai} (both seen), else a
     * {@code CongdanCollection} compared with the query (number, name, date of birth).
     */
    public static VerificationOutcome outcome(Element content, CitizenQuery query, String requestId) {
        NodeList exists = content.getElementsByTagNameNS("*", "TonTai");
        if ("TonTai".equals(content.getLocalName()) || exists.getLength() > 0) {
            String t = ("TonTai".equals(content.getLocalName()) ? content : (Element) exists.item(0))
                    .getTextContent()
                    .strip();
            if (t.equalsIgnoreCase("true") || t.equals("1")) {
                return VerificationOutcome.MATCH;
            }
            if (t.equalsIgnoreCase("false") || t.equals("0")) {
                return VerificationOutcome.NO_MATCH;
            }
            throw new EgovServiceException(
                    200,
                    "BAD_MESSAGE",
                    "TonTai is neither true nor false / giá trị TonTai" + " không hợp lệ",
                    requestId,
                    null);
        }
        Element c = CongdanCollectionReader.find(content);
        if (c == null) {
            throw new EgovServiceException(
                    200,
                    "BAD_MESSAGE",
                    "The reply has neither TonTai nor CongdanCollection"
                            + " / kết quả thiếu TonTai và CongdanCollection",
                    requestId,
                    null);
        }
        NodeList list = c.getElementsByTagNameNS("*", "CongDan");
        for (int i = 0; i < list.getLength(); i++) {
            if (PopulationWire.matches((Element) list.item(i), query)) {
                return VerificationOutcome.MATCH;
            }
        }
        return VerificationOutcome.NO_MATCH;
    }

    /** {@code GetRequestResult}: ready with records when a collection is there, else pending with its status. */
    public static BatchRequestResult batch(Element content, String requestId) {
        Element c = CongdanCollectionReader.find(content);
        if (c != null) {
            return new BatchRequestResult(requestId, true, "", CongdanCollectionReader.records(c, requestId));
        }
        String status = "";
        for (String name : new String[] {"TrangThai", "Status"}) {
            NodeList l = content.getElementsByTagNameNS("*", name);
            if (l.getLength() > 0) {
                status = l.item(0).getTextContent().strip();
                break;
            }
        }
        return new BatchRequestResult(requestId, false, status, List.of());
    }
}
