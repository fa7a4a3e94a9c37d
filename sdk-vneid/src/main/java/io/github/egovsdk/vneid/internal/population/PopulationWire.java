package io.github.egovsdk.vneid.internal.population;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.core.xml.XmlSecurityException;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.vneid.internal.NameKey;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.VerificationOutcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The provincial JSON adapter of the population database (reference §7.2, [TH] {@code ChiaSeThongTinCongDan}):
 * request body, and the reply {@code {"error_code":…, "message":"<SOAP CongdanCollection>"}} reduced to match /
 * no match. Records are compared here and dropped: nothing personal leaves this class.
 */
public final class PopulationWire {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("ddMMyyyy"));

    private PopulationWire() {}

    /** The request body; {@code HoVaTen} in the adapter's name form, dates as {@code yyyyMMdd} ([TH] sample). */
    public static byte[] request(
            CitizenQuery q, String requestId, String officer, String integrationCode, String serviceCode) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("HoVaTen", NameKey.of(q.fullName()));
        body.put("SoDinhDanh", q.personalId() == null ? "" : q.personalId().value());
        body.put("SoCMND", q.legacyId() == null ? "" : q.legacyId().value());
        body.put("NgayThangNam", q.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE));
        body.put("Nam", String.valueOf(q.dateOfBirth().getYear()));
        body.put("MaTichHop", integrationCode);
        body.put("MaDVC", serviceCode);
        body.put("MaCanBo", officer);
        body.put("MaYeuCau", requestId);
        return EgovJson.write(body);
    }

    /**
     * Reads the adapter's reply.
     *
     * @throws EgovServiceException when {@code error_code} is not 0 or the reply cannot be read (message redacted)
     */
    public static VerificationOutcome outcome(String replyBody, CitizenQuery q, String requestId) {
        JsonNode reply = EgovJson.tryParse(replyBody);
        if (reply == null || !reply.isObject()) {
            throw new EgovServiceException(
                    200,
                    "NOT_JSON",
                    "The population gateway did not answer with JSON / cổng" + " CSDL dân cư không trả về JSON",
                    requestId,
                    null);
        }
        String code = reply.path("error_code").asString("").strip();
        String message = reply.path("message").asString("");
        if (!"0".equals(code)) {
            throw new EgovServiceException(
                    200,
                    code.isEmpty() ? "MISSING_ERROR_CODE" : code,
                    Redactor.redact(message.length() > 300 ? message.substring(0, 300) + "…" : message),
                    requestId,
                    null);
        }
        Document soap;
        try {
            soap = SecureXml.parse(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
        } catch (XmlSecurityException e) {
            throw new EgovServiceException(
                    200,
                    "BAD_MESSAGE",
                    "The population gateway's message is not a readable"
                            + " CongdanCollection / không đọc được kết quả CSDL dân cư",
                    requestId,
                    null);
        }
        if (soap.getElementsByTagNameNS("*", "CongdanCollection").getLength() == 0) {
            throw new EgovServiceException(
                    200,
                    "BAD_MESSAGE",
                    "The population gateway's message has no"
                            + " CongdanCollection / kết quả CSDL dân cư thiếu CongdanCollection",
                    requestId,
                    null);
        }
        NodeList records = soap.getElementsByTagNameNS("*", "CongDan");
        for (int i = 0; i < records.getLength(); i++) {
            if (matches((Element) records.item(i), q)) {
                return VerificationOutcome.MATCH;
            }
        }
        return VerificationOutcome.NO_MATCH;
    }

    static boolean matches(Element r, CitizenQuery q) {
        boolean idMatches = q.personalId() != null
                ? q.personalId().value().equals(child(r, "SoDinhDanh"))
                : q.legacyId().value().equals(child(r, "SoCMND"));
        return idMatches && nameMatches(r, q.fullName()) && birthMatches(r, q.dateOfBirth());
    }

    private static boolean nameMatches(Element r, String declared) {
        Element name = first(r, "HoVaTen");
        if (name == null) {
            return false;
        }
        String held = first(name, "Ten") == null
                ? name.getTextContent()
                : String.join(" ", child(name, "Ho"), child(name, "ChuDem"), child(name, "Ten"));
        return !NameKey.of(held).isEmpty() && NameKey.of(held).equals(NameKey.of(declared));
    }

    /** Full date when the record has one; a year-only birth (reference §7.2) is compared by year. */
    private static boolean birthMatches(Element r, LocalDate declared) {
        Element birth = first(r, "NgayThangNamSinh");
        if (birth == null) {
            return false;
        }
        String full = child(birth, "NgayThangNam");
        if (!full.isEmpty()) {
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(full, f).equals(declared);
                } catch (DateTimeParseException e) {
                    // next layout: the adapter's date format is not documented (reference §7.2, U)
                }
            }
            return false;
        }
        return String.valueOf(declared.getYear()).equals(child(birth, "Nam"));
    }

    private static Element first(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String child(Element parent, String localName) {
        Element e = first(parent, localName);
        return e == null ? "" : e.getTextContent().strip();
    }
}
