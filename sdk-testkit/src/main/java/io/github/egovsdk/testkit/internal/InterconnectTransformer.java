package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.testkit.internal.console.RefusalListener;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox DVCLT software (interconnected-services §1.3, Appendix B.1) under {@code /dvclt/}: token
 * ({@code {userName,password}} → {@code {token, refreshToken, refreshTokenExpiryTime}}), the list of dossiers not yet
 * acknowledged (GET, a JSON body tolerated), the detail {@code api/lienthongdvclt/hosolienthong/{id}} with its
 * double-encoded {@code data}, the acknowledgement (PUT, "Cập nhật thành công") and the status push, validated field
 * by field with ProblemDetails {@code errors.<field>[]} replies and the observed Vietnamese texts: a status already
 * recorded is answered as a success without being recorded twice (so a repeat after a crash is harmless), a second 4
 * "đã có kết quả xử lý", anything after 5 "đã trả kết quả", anything but 1 before 1 "chưa cập nhật trạng thái".
 * Paths other than the detail are the SDK's placeholders (the real ones are unpublished).
 */
public final class InterconnectTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-dvclt";
    private static final String PREFIX = "/dvclt/api/lienthongdvclt/";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private final CivilState state;

    public InterconnectTransformer(CivilState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request r = event.getRequest();
        String path = r.getUrl().replaceFirst("\\?.*$", "");
        if (!path.startsWith(PREFIX)) {
            return problem(404, "Không tìm thấy", Map.of());
        }
        String rest = path.substring(PREFIX.length());
        synchronized (state) {
            if (rest.equals("token") && r.getMethod().getName().equals("POST")) {
                return token(EgovJson.tryParse(r.getBodyAsString()));
            }
            String auth = r.getHeader("Authorization");
            if (auth == null || !auth.startsWith("Bearer ") || !state.tokens.containsKey(auth.substring(7))) {
                return problem(401, "Unauthorized", Map.of());
            }
            String method = r.getMethod().getName();
            if (rest.equals("hosolienthong") && method.equals("GET")) {
                return list();
            }
            if (rest.equals("hosolienthong/danhan") && method.equals("PUT")) {
                return ack(EgovJson.tryParse(r.getBodyAsString()));
            }
            if (rest.equals("hosolienthong/trangthai") && method.equals("POST")) {
                return status(EgovJson.tryParse(r.getBodyAsString()));
            }
            if (rest.startsWith("hosolienthong/") && method.equals("GET")) {
                return detail(rest.substring("hosolienthong/".length()));
            }
        }
        return problem(404, "Không tìm thấy", Map.of());
    }

    private ResponseDefinition token(JsonNode body) {
        if (body == null
                || !CivilState.DVCLT_USER.equals(body.path("userName").asString(null))
                || !CivilState.DVCLT_PASSWORD.equals(body.path("password").asString(null))) {
            return problem(400, "Tên đăng nhập hoặc mật khẩu không đúng", Map.of());
        }
        String token = "dvclt-" + ServiceState.random(24);
        state.tokens.put(token, "");
        ObjectNode o = Responses.object();
        o.put("token", token)
                .put("refreshToken", ServiceState.random(12))
                .put(
                        "refreshTokenExpiryTime",
                        LocalDateTime.now().plusHours(8).withNano(0).toString());
        return Responses.json(200, o);
    }

    private ResponseDefinition list() {
        ObjectNode o = Responses.object();
        var data = o.putArray("data");
        for (CivilState.DvcltDossier d : state.dvclt.values()) {
            if (!d.acknowledged) {
                ObjectNode i = data.addObject();
                i.put("id", d.id);
                i.set("maDonVi", d.inner.path("maDonVi"));
                for (String f : List.of("maTTHC", "module", "maHoSo", "ngayTiepNhan", "techId")) {
                    i.set(f, d.inner.path(f));
                }
            }
        }
        return Responses.json(200, o);
    }

    private ResponseDefinition detail(String id) {
        CivilState.DvcltDossier d = state.dvclt.get(id);
        if (d == null) {
            return problem(404, "Hồ sơ không tồn tại", Map.of());
        }
        ObjectNode outer = Responses.object();
        for (String f : List.of("maDonVi", "maTTHC", "module", "maHoSo", "ngayTiepNhan", "techId")) {
            outer.set(f, d.inner.path(f));
        }
        outer.put("data", CivilState.utf8(EgovJson.write(d.inner)));
        ObjectNode reply = Responses.object();
        reply.set("data", outer);
        return Responses.json(200, reply);
    }

    private ResponseDefinition ack(JsonNode body) {
        String code = body == null ? null : body.path("maHoSo").asString(null);
        CivilState.DvcltDossier d = state.dvclt.values().stream()
                .filter(x -> x.code.equals(code))
                .findFirst()
                .orElse(null);
        if (d == null || !body.path("daNhan").asBoolean(false)) {
            return problem(
                    400,
                    "Hồ sơ không tồn tại hoặc thiếu daNhan",
                    Map.of("maHoSo", List.of("Hồ sơ không tồn" + " tại")));
        }
        d.acknowledged = true;
        ObjectNode o = Responses.object();
        o.put("status", 200).put("title", "Cập nhật thành công");
        return Responses.json(200, o);
    }

    private ResponseDefinition status(JsonNode b) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (b == null || !b.isObject()) {
            return problem(400, "One or more validation errors occurred.", Map.of("body", List.of("Không phải JSON")));
        }
        int status = b.path("trangThai").isInt() ? b.path("trangThai").asInt() : -1;
        if (status < 1 || status > 7) {
            errors.put("trangThai", List.of("Trạng thái phải từ 1 đến 7"));
        }
        for (String f : List.of("maTTHC", "soHoSoLT", "maHoSo")) {
            if (b.path(f).asString("").isBlank()) {
                errors.put(f, List.of("Trường " + f + " là bắt buộc"));
            }
        }
        for (String f : List.of("thoiGianThucHien", "ngayBatDau", "ngayKetThucTheoQuyDinh", "hanBoSungHoSo")) {
            String v = b.path(f).asString(null);
            if (v != null && !v.isEmpty()) {
                try {
                    LocalDateTime.parse(v, TIME);
                } catch (DateTimeParseException e) {
                    errors.put(f, List.of("Sai định dạng dd/MM/yyyy HH:mm:ss"));
                }
            } else if (f.equals("thoiGianThucHien")) {
                errors.put(f, List.of("Trường thoiGianThucHien là bắt buộc"));
            }
        }
        if (status == 4) {
            JsonNode k = b.path("ketQuaXuLy").isString()
                    ? EgovJson.tryParse(b.path("ketQuaXuLy").asString())
                    : null;
            if (k == null
                    || !k.isObject()
                    || (k.path("giayKhaiSinh").asString("").isBlank()
                            && k.path("giayKhaiTu").asString("").isBlank())) {
                errors.put("ketQuaXuLy", List.of("Kết quả xử lý (chuỗi JSON có giấy khai sinh / khai tử) là bắt buộc"));
            }
        }
        if (!errors.isEmpty()) {
            return problem(400, "One or more validation errors occurred.", errors);
        }
        String code = b.path("soHoSoLT").asString();
        CivilState.DvcltDossier d = state.dvclt.values().stream()
                .filter(x -> x.code.equals(code))
                .findFirst()
                .orElse(null);
        if (d == null) {
            return problem(
                    400, "One or more validation errors occurred.", Map.of("soHoSoLT", List.of("Hồ sơ không tồn tại")));
        }
        if (d.has(5)) {
            return text("Hồ sơ đã trả kết quả, không được cập nhật trạng thái");
        }
        if (d.has(status)) {
            return status == 4
                    ? text("Hồ sơ đã có kết quả xử lý. Không thể cập nhật trạng thái")
                    : ok("Cập nhật trạng thái thành công");
        }
        if (status != 1 && !d.has(1)) {
            return text("Hồ sơ chưa cập nhật trạng thái tiếp nhận (1)");
        }
        d.statuses.add(b.deepCopy());
        return ok("Cập nhật trạng thái thành công");
    }

    private static ResponseDefinition ok(String title) {
        ObjectNode o = Responses.object();
        o.putNull("type");
        o.put("title", title).put("status", 200).put("traceId", "00-" + ServiceState.random(8) + "-00");
        o.putNull("errors");
        return Responses.json(200, o);
    }

    private static ResponseDefinition text(String message) {
        return new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=utf-8")
                .withHeader(RefusalListener.REFUSAL_HEADER, "text")
                .withBody(message)
                .build();
    }

    private static ResponseDefinition problem(int status, String title, Map<String, List<String>> errors) {
        ObjectNode o = Responses.object();
        o.put("type", "https://tools.ietf.org/html/rfc7231#section-6.5.1")
                .put("title", title)
                .put("status", status)
                .put("traceId", "00-" + ServiceState.random(8) + "-00");
        ObjectNode e = o.putObject("errors");
        errors.forEach((k, v) -> v.forEach(e.withArray(k)::add));
        return Responses.json(status, o);
    }
}
