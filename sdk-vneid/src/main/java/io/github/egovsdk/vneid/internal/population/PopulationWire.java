package io.github.egovsdk.vneid.internal.population;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.internal.json.EgovJson;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.core.xml.XmlSecurityException;
import io.github.egovsdk.vneid.population.CitizenQuery;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provincial JSON adapter of the population DB ({@code ChiaSeThongTinCongDan}, reference §7.2): the request, and
 * the reply whose {@code message} embeds a SOAP {@code CongdanCollection}, compared field by field.
 */
public final class PopulationWire {
    private PopulationWire() {
    }

    /** A record's fields that the comparison needs (kept only for the duration of the call). */
    public record Record(String personalId, String legacyId, String nameKey, String birthDate, String birthYear) {
    }

    public static ObjectNode request(CitizenQuery q, String integrationCode, String serviceCode, String officer,
            String requestId) {
        ObjectNode o = EgovJson.mapper().createObjectNode();
        o.put("HoVaTen", nameKey(q.fullName()));
        o.put("SoDinhDanh", q.personalId().map(p -> p.value()).orElse(""));
        o.put("SoCMND", q.legacyId().map(l -> l.value()).orElse(""));
        o.put("NgayThangNam", q.dateOfBirth().map(d -> d.format(DateTimeFormatter.BASIC_ISO_DATE)).orElse(""));
        o.put("Nam", q.dateOfBirth().map(d -> String.valueOf(d.getYear())).orElse(""));
        o.put("MaTichHop", integrationCode);
        o.put("MaDVC", serviceCode);
        o.put("MaCanBo", officer);
        o.put("MaYeuCau", requestId);
        return o;
    }

    /** The adapter's name form: upper case, no diacritics, no spaces ("Nguyễn Văn A" → "NGUYENVANA"). */
    public static String nameKey(String name) {
        String n = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The records of a successful reply; a non-zero {@code error_code} is the service's error. */
    public static List<Record> records(String body) {
        JsonNode reply = EgovJson.tryParse(body);
        if (reply == null || !reply.isObject()) {
            throw new EgovServiceException(200, "NOT_JSON", "The population DB adapter did not answer JSON /"
                    + " Cổng CSDL dân cư không trả về JSON", null, null);
        }
        String code = reply.path("error_code").asString("").strip();
        String message = reply.path("message").asString("");
        if (!code.equals("0")) {
            throw new EgovServiceException(200, code.isEmpty() ? "NO_CODE" : code, message.length() > 300
                    ? message.substring(0, 300) : message, null, null);
        }
        Document soap;
        try {
            soap = SecureXml.parse(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
        } catch (XmlSecurityException e) {
            throw new EgovServiceException(200, "BAD_SOAP", "The population DB reply's SOAP message cannot be read"
                    + " / Không đọc được bản tin SOAP: " + e.getMessage(), null, null);
        }
        List<Record> out = new ArrayList<>();
        NodeList citizens = soap.getElementsByTagNameNS("*", "CongDan");
        for (int i = 0; i < citizens.getLength() && i < 50; i++) {
            Element c = (Element) citizens.item(i);
            Element name = child(c, "HoVaTen");
            String fullName = name == null ? "" : String.join(" ", text(name, "Ho"), text(name, "ChuDem"),
                    text(name, "Ten"));
            Element born = child(c, "NgayThangNamSinh");
            out.add(new Record(text(c, "SoDinhDanh"), text(c, "SoCMND"), nameKey(fullName),
                    born == null ? "" : text(born, "NgayThangNam"), born == null ? "" : text(born, "Nam")));
        }
        return out;
    }

    /** Which checks fail for this record: NOT_FOUND (another number), NAME, DATE_OF_BIRTH. */
    public static List<String> mismatches(Record r, CitizenQuery q) {
        List<String> failed = new ArrayList<>();
        String number = q.number();
        if (!number.equals(q.personalId().isPresent() ? r.personalId() : r.legacyId())) {
            failed.add("NOT_FOUND");
            return failed;
        }
        if (!nameKey(q.fullName()).equals(r.nameKey())) {
            failed.add("NAME");
        }
        if (q.dateOfBirth().isPresent() && !birthMatches(q.dateOfBirth().get(), r)) {
            failed.add("DATE_OF_BIRTH");
        }
        return failed;
    }

    private static boolean birthMatches(LocalDate dob, Record r) {
        String full = r.birthDate().replaceAll("\\D", "");
        if (full.length() == 8) {
            return full.equals(dob.format(DateTimeFormatter.BASIC_ISO_DATE))
                    || full.equals(dob.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
        }
        return r.birthYear().strip().equals(String.valueOf(dob.getYear())); // year-only births exist
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? "" : e.getTextContent().strip();
    }
}
