package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sandbox national portal adapter (identity-and-public-service-portal.md §8.1, OpenCPS-style): {@code POST
 * /dvcqg/login} with header {@code dstcode} and {@code {"username","password"}} gives a session; {@code POST
 * /dvcqg/api} with {@code {"session","madonvi","service",...}} runs {@code DongBoHoSoMC}, {@code TraCuuHoSo},
 * {@code CapNhatTienDoHoSoMC}, the catalogues {@code LayDanhMucCoQuan}, {@code LayDanhMucLinhVuc},
 * {@code LayDanhSachTTHC}, {@code LayThuTuc} and {@code TraCuuTechID}. Replies {@code {error_code, message | result}};
 * invalid dossiers get the violated fields in Vietnamese. A session unknown or older than its lifetime answers HTTP
 * 401 with {@code error_code} 401; {@code POST /dvcqg/__expire-sessions} ends every session at once.
 *
 * <p>{@code DongBoHoSoMC} is an upsert as the reference names it: {@code isUpdating "False"} on a code the portal
 * has is refused with {@code error_code} 3 "đã tồn tại"; {@code isUpdating "True"} on an unknown code creates it.
 */
public final class PortalTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-portal";
    public static final String USERNAME = "sandbox-motcua";
    public static final String PASSWORD = "sandbox-portal-pass-KHONG-DUNG-THAT";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Set<String> STATUSES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    private final ServiceState state;
    private final QaServices qa;

    public PortalTransformer(ServiceState state) {
        this(state, null);
    }

    /** With the portal Q&amp;A services ({@link QaServices}) kept in the civil-status state. */
    public PortalTransformer(ServiceState state, CivilState civil) {
        this.state = state;
        this.qa = civil == null ? null : new QaServices(civil);
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
        Request request = event.getRequest();
        if (request.getUrl().endsWith("/__expire-sessions")) {
            state.expireSessions();
            ObjectNode ok = Responses.object();
            ok.put("error_code", 0);
            ok.put("message", "Đã hủy mọi phiên làm việc (sandbox)");
            return Responses.json(200, ok);
        }
        JsonNode body = EgovJson.tryParse(request.getBodyAsString());
        if (request.getHeader("dstcode") == null) {
            return error(400, -1, "Thiếu header dstcode");
        }
        if (body == null || !body.isObject()) {
            return error(400, -1, "Nội dung yêu cầu không phải JSON");
        }
        if (request.getUrl().endsWith("/login")) {
            if (USERNAME.equals(body.path("username").asString(null))
                    && PASSWORD.equals(body.path("password").asString(null))) {
                ObjectNode ok = Responses.object();
                String session = state.newSession();
                state.journal()
                        .record(
                                "portal",
                                "login",
                                "user",
                                USERNAME,
                                "dstcode",
                                request.getHeader("dstcode"),
                                "session",
                                ServiceState.sessionLabel(session));
                ok.put("session", session);
                ok.put("error_code", 0);
                return Responses.json(200, ok);
            }
            return error(401, 401, "Sai tên đăng nhập hoặc mật khẩu");
        }
        if (!state.validSession(body.path("session").asString(null))) {
            return error(401, 401, "Phiên làm việc không hợp lệ hoặc đã hết hạn");
        }
        String service = body.path("service").asString("");
        return switch (service) {
            case "DongBoHoSoMC" -> sync(body);
            case "TraCuuHoSo" -> lookup(body.path("mahoso").asString(null));
            case "CapNhatTienDoHoSoMC" -> progress(body);
            case "LayDanhMucCoQuan" -> result(PortalCatalogue.agencies());
            case "LayDanhMucLinhVuc" -> result(PortalCatalogue.sectors());
            case "LayDanhSachTTHC" -> result(PortalCatalogue.procedures());
            case "LayThuTuc" -> procedure(body.path("maTTHC").asString(null));
            case "TraCuuTechID" -> techId(body.path("mstorcmnd").asString(null));
            default ->
                qa != null && QaServices.SERVICES.contains(service)
                        ? Responses.json(200, qa.handle(service, body))
                        : error(400, -1, "Dịch vụ không được hỗ trợ trên sandbox: " + service);
        };
    }

    private static ResponseDefinition result(ArrayNode result) {
        ObjectNode ok = Responses.object();
        ok.put("error_code", 0);
        ok.set("result", result);
        return Responses.json(200, ok);
    }

    private static ResponseDefinition procedure(String code) {
        if (code == null || code.isBlank()) {
            return error(200, -1, "Thiếu mã thủ tục hành chính (maTTHC)");
        }
        ArrayNode result = Responses.object().arrayNode();
        PortalCatalogue.procedure(code).ifPresent(result::add);
        return result(result);
    }

    private static ResponseDefinition techId(String number) {
        if (number == null || number.isBlank()) {
            return error(200, -1, "Thiếu số CMND/CCCD hoặc mã số thuế (mstorcmnd)");
        }
        ArrayNode result = Responses.object().arrayNode();
        PortalCatalogue.techId(number)
                .ifPresent(t -> result.addObject().put("TechID", t).put("LoaiTaiKhoan", "1"));
        return result(result);
    }

    private ResponseDefinition sync(JsonNode body) {
        JsonNode data = body.path("data");
        if (!data.isArray() || data.isEmpty()) {
            return error(200, -1, "Thiếu danh sách hồ sơ (data)");
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode d : data) {
            validate(d, problems);
        }
        if (!problems.isEmpty()) {
            return error(200, -1, "Dữ liệu không hợp lệ: " + String.join("; ", problems));
        }
        int created = 0;
        for (JsonNode d : data) {
            String code = d.path("MaHoSo").asString();
            boolean updating = "True".equalsIgnoreCase(body.path("isUpdating").asString("False"));
            if (!updating && state.dossier(code).isPresent()) {
                return error(200, 3, "Hồ sơ " + code + " đã tồn tại");
            }
            if (state.putDossier(code, d)) {
                created++;
            }
        }
        ObjectNode ok = Responses.object();
        ok.put("error_code", 0);
        ok.put("message", "Đồng bộ thành công " + data.size() + " hồ sơ (" + created + " mới)");
        return Responses.json(200, ok);
    }

    private static void validate(JsonNode d, List<String> problems) {
        String code = d.path("MaHoSo").asString("");
        String at = code.isEmpty() ? "hồ sơ ?" : "hồ sơ " + code;
        for (String f :
                List.of("MaHoSo", "MaTTHC", "TenTTHC", "ChuHoSo", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo")) {
            if (d.path(f).asString("").isBlank()) {
                problems.add(at + ": thiếu trường bắt buộc " + f);
            }
        }
        LocalDateTime received = date(d, "NgayTiepNhan", at, problems);
        LocalDateTime due = date(d, "NgayHenTra", at, problems);
        date(d, "NgayTra", at, problems);
        if (received != null && due != null && due.isBefore(received)) {
            problems.add(at + ": NgayHenTra trước NgayTiepNhan");
        }
        String status = d.path("TrangThaiHoSo").asString("");
        if (!status.isBlank() && !STATUSES.contains(status)) {
            problems.add(at + ": TrangThaiHoSo '" + status + "' không thuộc danh mục (1-10)");
        }
        if ("10".equals(status) && d.path("NgayTra").asString("").isBlank()) {
            problems.add(at + ": hồ sơ đã trả kết quả (10) phải có NgayTra");
        }
    }

    private static LocalDateTime date(JsonNode d, String field, String at, List<String> problems) {
        String v = d.path(field).asString("");
        if (v.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(v, DATE);
        } catch (DateTimeParseException e) {
            problems.add(at + ": " + field + " '" + v + "' không đúng định dạng yyyyMMddHHmmss");
            return null;
        }
    }

    private ResponseDefinition lookup(String code) {
        ObjectNode ok = Responses.object();
        ok.put("error_code", 0);
        ArrayNode result = ok.putArray("result");
        state.dossier(code).ifPresent(d -> {
            ObjectNode copy = ((ObjectNode) d).deepCopy();
            ArrayNode steps = copy.putArray("TienDoXuLy");
            state.progressOf(code).forEach(steps::add);
            result.add(copy);
        });
        return Responses.json(200, ok);
    }

    private ResponseDefinition progress(JsonNode body) {
        JsonNode data = body.path("data");
        if (!data.isArray() || data.isEmpty()) {
            return error(200, -1, "Thiếu danh sách tiến độ (data)");
        }
        for (JsonNode p : data) {
            String code = p.path("MaHoSo").asString("");
            if (state.dossier(code).isEmpty()) {
                return error(200, -1, "Không tìm thấy hồ sơ " + code + " để cập nhật tiến độ");
            }
            if (p.path("NguoiXuLy").asString("").length() > 50) {
                return error(200, -1, "NguoiXuLy dài quá 50 ký tự");
            }
        }
        data.forEach(p -> state.addProgress(p.path("MaHoSo").asString(), p));
        ObjectNode ok = Responses.object();
        ok.put("error_code", 0);
        ok.put("message", "Cập nhật tiến độ thành công");
        return Responses.json(200, ok);
    }

    private static ResponseDefinition error(int http, int code, String message) {
        ObjectNode o = Responses.object();
        o.put("error_code", code);
        o.put("message", message);
        return Responses.json(http, o);
    }
}
