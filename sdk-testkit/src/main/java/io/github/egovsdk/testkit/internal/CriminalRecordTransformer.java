package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/**
 * The sandbox criminal-record gateway (interconnected-services §1.6, Appendix B.3) under {@code /lltp/}: the LLTP
 * submit ({@code authKey} in the body; "Gửi thông tin thành công", a repeat "Hồ sơ đã được tiếp nhận, không thể cập
 * nhật thông tin"), the poll (4 on the first poll, then 9 with a real certificate PDF) and the VNeID state push
 * {@code v2/lyLichTuPhap/traKetQuaHoSoLLTP} ({@code statusCode "00"}; a state already recorded "01" "không thể cập
 * nhật lên trạng thái"; an unknown dossier "01").
 */
public final class CriminalRecordTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-lltp";
    private final CivilState state;

    public CriminalRecordTransformer(CivilState state) {
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
        String url = event.getRequest().getUrl();
        JsonNode b = EgovJson.tryParse(event.getRequest().getBodyAsString());
        ObjectNode o = Responses.object();
        synchronized (state) {
            if (url.endsWith("/v2/lyLichTuPhap/traKetQuaHoSoLLTP")) {
                return vneid(b);
            }
            if (b == null || !CivilState.LLTP_AUTH_KEY.equals(b.path("authKey").asString(null))) {
                o.put("status", "0").put("errorCode", "401").put("errorDescription", "Sai authKey");
                return Responses.json(200, o);
            }
            String code = b.path("maHoSoMCDT").asString("");
            if (url.endsWith("/guiHoSo")) {
                if (code.isBlank() || !b.path("toKhai").isObject()) {
                    o.put("status", "0")
                            .put("errorCode", "E02")
                            .put("errorDescription", "Thiếu maHoSoMCDT hoặc toKhai");
                } else if (state.lltp.containsKey(code)) {
                    o.put("status", "0")
                            .put("statusDescription", "Hồ sơ đã được tiếp nhận, không thể cập nhật thông tin");
                } else {
                    state.lltp.put(code, new CivilState.LltpDossier(b.deepCopy()));
                    o.put("status", "1").put("statusDescription", "Gửi thông tin thành công");
                }
                return Responses.json(200, o);
            }
            if (url.endsWith("/nhanTrangThai")) {
                o.put("status", 1).put("statusDescription", "Thành công");
                var value = o.putArray("value");
                CivilState.LltpDossier d = state.lltp.get(code);
                if (d != null) {
                    d.polls++;
                    ObjectNode v =
                            value.addObject().put("maHoSoMCDT", code).put("trangThaiXuLy", d.polls == 1 ? "4" : "9");
                    if (d.polls > 1) {
                        JsonNode t = d.push.path("toKhai");
                        byte[] pdf = ReceiptPdf.page(
                                "Phiếu lý lịch tư pháp (sandbox)",
                                "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1",
                                "Sở Tư pháp (SANDBOX — không có giá trị pháp lý)",
                                List.of(
                                        "Họ và tên: " + t.path("nycHoTen").asString(""),
                                        "Ngày sinh: " + t.path("nycNgaySinh").asString(""),
                                        "Án tích: Không có án tích",
                                        "Mã hồ sơ: " + code));
                        v.putObject("ketQuaXuLy")
                                .put(
                                        "soPhieuLLTP",
                                        String.format(
                                                "%06d/%d/LLTP",
                                                d.polls, LocalDate.now().getYear()))
                                .put("ngayCapPhieu", LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                                .put("loaiPhieu", "1")
                                .put("nguoiKy", "GIÁM ĐỐC SỞ TƯ PHÁP (SANDBOX)")
                                .put("tinhTrangAnTich", "0")
                                .put("tenTinhTrangAnTich", "Không có án tích")
                                .put("phieuLLTP", Base64.getEncoder().encodeToString(pdf));
                    } else {
                        v.putNull("ketQuaXuLy");
                    }
                }
                return Responses.json(200, o);
            }
        }
        o.put("status", "0").put("errorDescription", "Không có dịch vụ");
        return Responses.json(404, o);
    }

    private ResponseDefinition vneid(JsonNode b) {
        ObjectNode o = Responses.object();
        o.putNull("data");
        String code = b == null ? "" : b.path("maHoSoMCDT").asString("");
        CivilState.LltpDossier d = state.lltp.get(code);
        String s = b == null ? "" : b.path("trangThaiXuLy").asString("");
        if (d == null || !s.matches("[1-9]|10")) {
            o.put("statusCode", "01").put("errorDetail", "Hồ sơ không tồn tại hoặc trạng thái không hợp lệ");
        } else if (d.vneid.stream()
                .anyMatch(x -> x.path("trangThaiXuLy").asString().equals(s))) {
            o.put("statusCode", "01").put("errorDetail", "Hồ sơ không thể cập nhật lên trạng thái " + s);
        } else {
            d.vneid.add(b.deepCopy());
            o.put("statusCode", "00").putNull("errorDetail");
        }
        return Responses.json(200, o);
    }
}
