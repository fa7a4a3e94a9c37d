package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The sandbox birth certificate (giấy khai sinh) or death extract (trích lục khai tử): a real one-page PDF. */
final class CertificatePdf {
    private CertificatePdf() {}

    static byte[] of(boolean birth, JsonNode data, String personalId, String localCode) {
        List<String> lines = new ArrayList<>();
        if (birth) {
            lines.add("Họ, chữ đệm, tên: " + data.path("nksHoTen").asString(""));
            lines.add("Ngày, tháng, năm sinh: " + data.path("nksNgaySinh").asString(""));
            lines.add("Số định danh cá nhân: " + personalId);
            lines.add("Nơi sinh: " + data.path("nksNoiSinh").path("dcChiTiet").asString(""));
            lines.add("Họ tên mẹ: " + data.path("meHoTen").asString(""));
            lines.add("Họ tên cha: " + data.path("chaHoTen").asString(""));
        } else {
            lines.add("Họ, chữ đệm, tên người chết: " + data.path("nktHoTen").asString(""));
            lines.add("Ngày chết: " + data.path("nktNgayChet").asString(""));
            lines.add("Nơi chết: " + data.path("nktNoiChet").path("dcChiTiet").asString(""));
        }
        lines.add("Mã hồ sơ một cửa: " + localCode);
        lines.add("Nơi đăng ký: " + data.path("noiDangKy").asString(""));
        return ReceiptPdf.page(
                birth ? "Giấy khai sinh (sandbox)" : "Trích lục khai tử (sandbox)",
                birth ? "GIẤY KHAI SINH" : "TRÍCH LỤC KHAI TỬ",
                "Phần mềm hộ tịch dùng chung (SANDBOX — không có giá trị pháp lý)",
                lines);
    }
}
