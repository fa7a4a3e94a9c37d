package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The sandbox ministry's checks of a marriage push ({@code LTKH}, {@code DataDKKH}, interconnected-services §1.4.3) and
 * its result: {@code maHoSoLT} must be the one-stop code ({@code maHoSoMCDT}); the husband's and wife's names and
 * dates of birth are required; dates strictly {@code dd.MM.yyyy}; {@code soBanSao} and {@code SoLanKH} integers;
 * {@code NoiCuTru} an address object. The result carries the parties, the register entry and a marriage certificate
 * PDF in {@code giayChungNhanKetHon} (the field's real name is not published).
 */
final class MarriageChecks {
    private static final DateTimeFormatter DOT =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private MarriageChecks() {}

    /** Every problem, joined; null when the push is acceptable. */
    static String problems(JsonNode push, JsonNode data) {
        List<String> p = new ArrayList<>();
        if (!push.path("maHoSoLT").asString("").equals(push.path("maHoSoMCDT").asString(""))) {
            p.add("maHoSoLT phải là mã hồ sơ một cửa (maHoSoMCDT) với LTKH");
        }
        if (data.path("noiDangKy").asString("").isBlank()) {
            p.add("noiDangKy là bắt buộc");
        }
        for (String side : List.of("chong", "vo")) {
            if (data.path(side + "HoTen").asString("").isBlank()) {
                p.add(side + "HoTen là bắt buộc");
            }
            date(p, data, side + "NgaySinh", true);
            date(p, data, side + "NgayCapGiayToTuyThan", false);
            integer(p, data, side + "SoLanKH");
            JsonNode a = data.path(side + "NoiCuTru");
            if (!a.isMissingNode() && !a.isNull() && !a.isObject()) {
                p.add(side + "NoiCuTru phải là đối tượng {maTinh, maHuyen, maXa, dcChiTiet}");
            }
        }
        integer(p, data, "soBanSao");
        return p.isEmpty() ? null : String.join("; ", p);
    }

    private static void date(List<String> p, JsonNode data, String field, boolean required) {
        String v = data.path(field).asString("");
        if (v.isBlank()) {
            if (required) {
                p.add(field + " là bắt buộc");
            }
            return;
        }
        try {
            LocalDate.parse(v, DOT);
        } catch (DateTimeParseException e) {
            p.add(field + " phải theo dd.MM.yyyy");
        }
    }

    private static void integer(List<String> p, JsonNode data, String field) {
        JsonNode n = data.path(field);
        if (!n.isMissingNode()
                && !n.isNull()
                && !n.isIntegralNumber()
                && !n.asString("").matches("[0-9]{1,3}")) {
            p.add(field + " phải là số nguyên");
        }
    }

    /** {@code ketQuaXuLy} of a registered marriage; the certificate is made once. */
    static ObjectNode result(CivilState.BtpDossier d, CivilState state) {
        JsonNode x = d.data;
        String code = d.push.path("maHoSoMCDT").asString();
        if (d.pdf == null) {
            d.pdf = ReceiptPdf.page(
                    "Giấy chứng nhận kết hôn (sandbox)",
                    "GIẤY CHỨNG NHẬN KẾT HÔN",
                    "Phần mềm hộ tịch dùng chung (SANDBOX — không có giá trị pháp lý)",
                    List.of(
                            "Họ, chữ đệm, tên chồng: " + x.path("chongHoTen").asString(""),
                            "Ngày sinh: " + x.path("chongNgaySinh").asString(""),
                            "Họ, chữ đệm, tên vợ: " + x.path("voHoTen").asString(""),
                            "Ngày sinh: " + x.path("voNgaySinh").asString(""),
                            "Mã hồ sơ một cửa: " + code,
                            "Nơi đăng ký: " + x.path("noiDangKy").asString("")));
        }
        ObjectNode k = Responses.object();
        k.put("ngayDangKy", LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        for (String f : List.of(
                "chongHoTen",
                "chongNgaySinh",
                "chongDanToc",
                "chongQuocTich",
                "voHoTen",
                "voNgaySinh",
                "voDanToc",
                "voQuocTich")) {
            k.put(f, x.path(f).asString(null));
        }
        k.set("chongNoiCuTru", x.path("chongNoiCuTru").isObject() ? x.path("chongNoiCuTru") : Responses.object());
        k.set("voNoiCuTru", x.path("voNoiCuTru").isObject() ? x.path("voNoiCuTru") : Responses.object());
        k.put("chongSoGiayTo", x.path("chongSoGiayToTuyThan").asString(null));
        k.put("voSoGiayTo", x.path("voSoGiayToTuyThan").asString(null));
        k.put("soDangKy", String.format("%03d", state.sequence.incrementAndGet()))
                .put("quyenSo", "01-KH/" + LocalDateTime.now().getYear())
                .put("trangSo", "1");
        k.put("giayChungNhanKetHon", Base64.getEncoder().encodeToString(d.pdf));
        return k;
    }
}
