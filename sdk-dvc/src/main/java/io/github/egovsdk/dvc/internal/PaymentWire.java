package io.github.egovsdk.dvc.internal;

import static io.github.egovsdk.dvc.internal.Json.put;
import static io.github.egovsdk.dvc.internal.Json.text;

import io.github.egovsdk.dvc.payment.PaymentMac;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.PaymentResult;
import io.github.egovsdk.dvc.payment.ReceiptFee;
import io.github.egovsdk.dvc.payment.ReceiptInfo;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.util.List;

/** The payment platform's messages (identity-and-public-service-portal.md §11.2–11.3). */
public final class PaymentWire {
    public static final String VERSION = "1.0.6";
    public static final List<String> INIT = List.of(
            "LoaiBanTin",
            "PhienBan",
            "MaDoiTac",
            "MaThamChieu",
            "SoTien",
            "LoaiHinhThanhToan",
            "MaKenhThanhToan",
            "MaThietBi",
            "NgonNgu",
            "MaTienTe",
            "MaNganHang",
            "ThongTinGiaoDich",
            "ThoiGianGD",
            "Ip");
    public static final List<String> CALLBACK = List.of(
            "LoaiBanTin",
            "MaLoi",
            "MaDoiTac",
            "MaThamChieu",
            "SoTien",
            "MaTienTe",
            "MaGiaoDich",
            "MaNganHang",
            "ThoiGianGD",
            "ThongTinGiaoDich");
    /** QUERY and GET_BILL. */
    public static final List<String> QUERY = List.of("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD");

    private static final int NAME_LIMIT = 250;

    private PaymentWire() {}

    /** {@code "dvc"} + the dossier code's letters and digits + {@code ThoiGianGD}. */
    public static String reference(String dossierCode, String timestamp) {
        return "dvc" + dossierCode.replaceAll("[^A-Za-z0-9]", "") + timestamp;
    }

    public static ObjectNode init(
            PaymentOrder order,
            String partner,
            String reference,
            String timestamp,
            String ip,
            String bank,
            String secret) {
        ObjectNode o = Json.object();
        o.put("LoaiBanTin", "INIT");
        o.put("PhienBan", VERSION);
        o.put("MaDoiTac", partner);
        o.put("MaThamChieu", reference);
        o.put("SoTien", order.amount().wire());
        o.put("LoaiHinhThanhToan", "PAY");
        o.put("MaKenhThanhToan", "1");
        o.put("MaThietBi", "1");
        o.put("NgonNgu", "vi-VN");
        o.put("MaTienTe", "VND");
        o.put("MaNganHang", bank);
        o.put("ThongTinGiaoDich", order.effectiveDescription());
        o.put("ThoiGianGD", timestamp);
        o.put("Ip", ip);
        o.put("MaXacThuc", mac(o, INIT, secret));
        if (order.receipt() != null) {
            o.set("ThongTinBienLai", receipt(order.receipt(), order.dossierCode()));
        }
        return o;
    }

    /** QUERY or GET_BILL. */
    public static ObjectNode query(String type, String partner, String reference, String timestamp, String secret) {
        ObjectNode o = Json.object();
        o.put("LoaiBanTin", type);
        o.put("PhienBan", VERSION);
        o.put("MaDoiTac", partner);
        o.put("MaThamChieu", reference);
        o.put("ThoiGianGD", timestamp);
        o.put("MaXacThuc", mac(o, QUERY, secret));
        return o;
    }

    private static ObjectNode receipt(ReceiptInfo r, String dossierCode) {
        ObjectNode o = Json.object();
        o.put("MaDichVu", "2");
        put(o, "MaDVC", r.serviceCode());
        put(o, "TenDVC", shorten(r.serviceName()));
        put(o, "MaTTHC", r.procedureCode());
        put(o, "TenTTHC", shorten(r.procedureName()));
        put(o, "MaDonVi", r.agencyCode());
        put(o, "TenDonVi", r.agencyName());
        put(o, "MaHoSo", r.dossierCode() == null ? dossierCode : r.dossierCode());
        put(o, "HoTenNguoiNop", r.payerName());
        put(o, "SoCMNDNguoiNop", r.payerIdNumber());
        put(o, "DiaChiNguoiNop", r.payerAddress());
        put(o, "NoiDungThanhToan", r.content());
        r.extra().forEach(o::put);
        ArrayNode fees = o.putArray("PhiLePhi");
        for (ReceiptFee f : r.fees()) {
            ObjectNode x = fees.addObject();
            put(x, "LoaiPhiLePhi", f.type());
            put(x, "MaPhiLePhi", f.code());
            put(x, "TenPhiLePhi", f.name());
            x.put("SoTien", f.amount().wire());
        }
        return o;
    }

    /** Names longer than 250 characters are cut to 200 and "..." (as the platform's integrators do). */
    static String shorten(String s) {
        return s == null || s.length() <= NAME_LIMIT ? s : s.substring(0, 200) + "...";
    }

    public static String mac(JsonNode message, List<String> fields, String secret) {
        return PaymentMac.compute(values(message, fields), secret);
    }

    /** Verifies {@code MaXacThuc} in constant time; throws {@code InvalidPaymentMacException}. */
    public static void verify(JsonNode message, List<String> fields, String secret) {
        PaymentMac.verify(text(message, "MaXacThuc"), values(message, fields), secret);
    }

    private static List<String> values(JsonNode message, List<String> fields) {
        return fields.stream()
                .map(f -> {
                    String v = text(message, f);
                    return v == null ? "" : v;
                })
                .toList();
    }

    public static PaymentResult result(JsonNode c) {
        return new PaymentResult(
                text(c, "LoaiBanTin"),
                text(c, "MaLoi"),
                text(c, "MaDoiTac"),
                text(c, "MaThamChieu"),
                Json.number(c, "SoTien"),
                text(c, "MaTienTe"),
                text(c, "MaGiaoDich"),
                text(c, "MaNganHang"),
                text(c, "ThoiGianGD"),
                text(c, "ThongTinGiaoDich"));
    }
}
