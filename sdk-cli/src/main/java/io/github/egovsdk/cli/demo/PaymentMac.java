package io.github.egovsdk.cli.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * {@code MaXacThuc} of the payment platform (identity-and-public-service-portal.md §11.3): lower-case hex SHA-256 of
 * the field values joined with '|' and the shared secret appended. Here only because sdk-dvc's PaymentClient is not
 * in this build.
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
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            sb.append(message.path(f).asString("")).append('|');
        }
        sb.append(secret);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time check of a received {@code MaXacThuc}. */
    static boolean verify(JsonNode message, List<String> fields, String secret) {
        return MessageDigest.isEqual(of(message, fields, secret).getBytes(StandardCharsets.US_ASCII),
                message.path("MaXacThuc").asString("").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
