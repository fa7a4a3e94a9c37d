package io.github.egovsdk.cli.demo;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code MaXacThuc} of the payment platform (identity-and-public-service-portal.md §11.3): lower-case hex SHA-256 of
 * the field values joined with '|' and the shared secret appended — computed by sdk-dvc's PaymentMac; the field lists
 * stay here until sdk-dvc's PaymentClient owns the messages.
 */
final class PaymentMac {
    static final List<String> INIT = List.of("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "SoTien",
            "LoaiHinhThanhToan", "MaKenhThanhToan", "MaThietBi", "NgonNgu", "MaTienTe", "MaNganHang",
            "ThongTinGiaoDich", "ThoiGianGD", "Ip");
    static final List<String> CALLBACK = List.of("LoaiBanTin", "MaLoi", "MaDoiTac", "MaThamChieu", "SoTien",
            "MaTienTe", "MaGiaoDich", "MaNganHang", "ThoiGianGD", "ThongTinGiaoDich");

    private PaymentMac() {
    }

    static String of(JsonNode message, List<String> fields, String secret) {
        return io.github.egovsdk.dvc.payment.PaymentMac.compute(values(message, fields), secret);
    }

    /** Constant-time check of a received {@code MaXacThuc} (sdk-dvc's PaymentMac). */
    static boolean verify(JsonNode message, List<String> fields, String secret) {
        try {
            io.github.egovsdk.dvc.payment.PaymentMac.verify(message.path("MaXacThuc").asString(""),
                    values(message, fields), secret);
            return true;
        } catch (io.github.egovsdk.dvc.payment.InvalidPaymentMacException e) {
            return false;
        }
    }

    private static List<String> values(JsonNode message, List<String> fields) {
        return fields.stream().map(f -> message.path(f).asString("")).toList();
    }
}
