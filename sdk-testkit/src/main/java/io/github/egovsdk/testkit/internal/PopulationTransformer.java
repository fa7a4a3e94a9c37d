package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.testkit.internal.console.ConsoleMask;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The sandbox population database behind a provincial JSON adapter (identity-and-public-service-portal.md §7.2):
 * {@code POST /csdldc/ChiaSeThongTinCongDan} answers {@code {"error_code":0,"message":"<SOAP CongdanCollection>"}};
 * {@code POST /csdldc/XacThucThongTinCongDan} answers the yes/no check {@code {"error_code":0,"TonTai":true}}.
 * A citizen matches when the number and the name (upper case, no diacritics, no spaces) both match.
 */
public final class PopulationTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-population";
    private static final String NS = "http://www.mic.gov.vn/dancu/1.0";
    private final SandboxJournal journal;

    public PopulationTransformer(SandboxJournal journal) {
        this.journal = journal;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** The adapter's name form: upper case, no diacritics, no spaces ("Nguyễn Văn A" -> "NGUYENVANA"). */
    public static String nameKey(String name) {
        String n = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        JsonNode body = EgovJson.tryParse(event.getRequest().getBodyAsString());
        if (body == null || !body.isObject()) {
            return error(400, "Yêu cầu không phải JSON");
        }
        for (String f : new String[] {"MaYeuCau", "MaCanBo"}) {
            if (body.path(f).asString("").isBlank()) {
                return error(200, "Thiếu trường bắt buộc " + f);
            }
        }
        String id = body.path("SoDinhDanh").asString("");
        String name = nameKey(body.path("HoVaTen").asString(""));
        Optional<SandboxCitizen> match = SandboxCitizen.ALL.stream()
                .filter(c -> c.personalId().equals(id) && nameKey(c.fullName()).equals(name))
                .findFirst();
        journal.record(
                "population",
                "lookup",
                "service",
                event.getRequest().getUrl().contains("XacThuc") ? "XacThucThongTinCongDan" : "ChiaSeThongTinCongDan",
                "request",
                body.path("MaYeuCau").asString(""),
                "officer",
                body.path("MaCanBo").asString(""),
                "citizen",
                ConsoleMask.id(id),
                "name",
                ConsoleMask.name(body.path("HoVaTen").asString("")),
                "found",
                match.isPresent() ? "yes — có" : "no — không");
        ObjectNode ok = Responses.object();
        ok.put("error_code", 0);
        if (event.getRequest().getUrl().contains("XacThuc")) {
            ok.put("TonTai", match.isPresent());
            return Responses.json(200, ok);
        }
        ok.put("message", soap(match, body.path("MaYeuCau").asString()));
        return Responses.json(200, ok);
    }

    private static String soap(Optional<SandboxCitizen> match, String requestId) {
        StringBuilder sb = new StringBuilder();
        sb.append("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>")
                .append("<CongdanCollection xmlns=\"")
                .append(NS)
                .append("\" SoCongDan=\"")
                .append(match.isPresent() ? 1 : 0)
                .append("\" id=\"")
                .append(xml(requestId))
                .append("\">");
        match.ifPresent(c -> {
            String[] parts = c.fullName().split(" ");
            String middle = parts.length > 2 ? String.join(" ", Arrays.copyOfRange(parts, 1, parts.length - 1)) : "";
            sb.append("<CongDan><SoDinhDanh>")
                    .append(c.personalId())
                    .append("</SoDinhDanh><SoCMND/>")
                    .append("<HoVaTen><Ho>")
                    .append(xml(parts[0]))
                    .append("</Ho><ChuDem>")
                    .append(xml(middle))
                    .append("</ChuDem><Ten>")
                    .append(xml(parts[parts.length - 1]))
                    .append("</Ten></HoVaTen>")
                    .append("<GioiTinh>")
                    .append(c.gender())
                    .append("</GioiTinh>")
                    .append("<NgayThangNamSinh><Nam>")
                    .append(c.dateOfBirth().getYear())
                    .append("</Nam><NgayThangNam>")
                    .append(c.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE))
                    .append("</NgayThangNam></NgayThangNamSinh><QuocTich>VN</QuocTich>")
                    .append("<ThuongTru><MaTinhThanh>")
                    .append(c.personalId(), 0, 3)
                    .append("</MaTinhThanh><ChiTiet>")
                    .append(xml(c.address()))
                    .append("</ChiTiet></ThuongTru>")
                    .append("</CongDan>");
        });
        return sb.append("</CongdanCollection></soap:Body></soap:Envelope>").toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static ResponseDefinition error(int status, String message) {
        ObjectNode o = Responses.object();
        o.put("error_code", -1);
        o.put("message", message);
        return Responses.json(status, o);
    }
}
