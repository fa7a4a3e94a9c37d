package io.github.egovsdk.civil;

import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Payloads in the shapes of the reference (interconnected-services §1.3.10), built with placeholder data: the
 * double-encoded DVCLT detail reply around a {@code hoTich} XML.
 */
public final class CivilFixtures {
    /** The reference's composed detail example, byte for byte. */
    public static final String REFERENCE_DETAIL =
            "{\"data\":{\"maDonVi\":16000,\"maTTHC\":\"2.000986\",\"module\":\"KS\","
                    + "\"maHoSo\":\"G22.99-250101-0001\",\n   \"ngayTiepNhan\":\"01/01/2025 "
                    + "08:00:00\",\"techId\":\"tech-0001\",\n"
                    + "   \"data\":\"{\\\"maDonVi\\\":16000,\\\"module\\\":\\\"KS\\\",\\\"maHoSo\\\":\\\"G22.99-25010"
                    + "1-0001\\\","
                    + "\\\"data\\\":\\\"<root><hoTich><maGCS>GCS-0001</maGCS><ngayCapGCS>20250101</ngayCapGCS><noiDan"
                    + "gKy>16000"
                    + "</noiDangKy><nksHoTen>NGUYEN VAN A</nksHoTen><nksNgaySinh>01.01.2025</nksNgaySinh><meHoTen>TRA"
                    + "N THI B"
                    + "</meHoTen><meSoGiayToTuyThan>000000000000</meSoGiayToTuyThan><nycHoTen>TRAN THI "
                    + "B</nycHoTen><nycQuanHe>"
                    + "Mẹ</nycQuanHe><nycSoGiayToTuyThan>000000000000</nycSoGiayToTuyThan></hoTich></root>\\\",\\\"fi"
                    + "leDinhKem"
                    + "\\\":[{\\\"id\\\":1,\\\"loaiGiayTo\\\":1,\\\"tenGiayTo\\\":\\\"Giấy chứng "
                    + "sinh\\\",\\\"tenTepDinhKem\\\":"
                    + "\\\"gcs.pdf\\\",\\\"huyGiayTo\\\":0,\\\"duLieuTepDinhKem\\\":\\\"JVBERi0xLjQK\\\"}]}\"}}";

    public static final String CHILD = "NGUYEN VAN AN";
    public static final String MOTHER = "TRAN THI BINH";
    public static final String FATHER = "NGUYEN VAN CUONG";
    public static final String MOTHER_ID = "001190012345";
    public static final String FATHER_ID = "001088054321";
    public static final String DECEASED = "LE VAN DUNG";
    public static final String DECEASED_ID = "038045067890";
    public static final byte[] PDF =
            "%PDF-1.4\n% giay chung sinh (placeholder)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private CivilFixtures() {}

    /** Every birth field of §1.3.4 with placeholder values. */
    public static Map<String, String> birthFields(String code) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("maGCS", "GCS-" + code);
        f.put("ngayCapGCS", "20250101");
        f.put("loaiDangKy", "1");
        f.put("noiDangKy", "16000");
        f.put("soLuongBanSao", "2");
        f.put("nksHoTen", CHILD);
        f.put("nksGioiTinh", "1");
        f.put("nksNgaySinh", "01.01.2025");
        f.put("nksNgaySinhBangChu", "Ngày một tháng một năm hai nghìn không trăm hai mươi lăm");
        f.put("nksNoiSinh", "Bệnh viện X");
        f.put("nksNoiSinhDVHC", "38");
        f.put("nksQueQuan", "Xã Y, tỉnh Z");
        f.put("nksDanToc", "01");
        f.put("nksQuocTich", "VN");
        f.put("nksLoaiKhaiSinh", "1");
        f.put("meHoTen", MOTHER);
        f.put("meNgaySinh", "02.03.1990");
        f.put("meDanToc", "01");
        f.put("meQuocTich", "VN");
        f.put("meLoaiCuTru", "1");
        f.put("meNoiCuTru", "Thôn 1, xã Y");
        f.put("meLoaiGiayToTuyThan", "1");
        f.put("meSoGiayToTuyThan", MOTHER_ID);
        f.put("meXacThucThongTin", "1");
        f.put("chaHoTen", FATHER);
        f.put("chaNgaySinh", "04.05.1988");
        f.put("chaSoGiayToTuyThan", FATHER_ID);
        f.put("chaNoiCuTru", "Thôn 1, xã Y");
        f.put("nycHoTen", MOTHER);
        f.put("nycQuanHe", "Mẹ");
        f.put("nycLoaiGiayToTuyThan", "1");
        f.put("nycSoGiayToTuyThan", MOTHER_ID);
        f.put("nycNgayCapGiayToTuyThan", "10/10/2021");
        f.put("nycNoiCapGiayToTuyThan", "Cục CSQLHC về TTXH");
        f.put("nycSoDienThoai", "0900000000");
        f.put("nycEmail", "me@example.com");
        return f;
    }

    /** Every death field of §1.3.5 with placeholder values. */
    public static Map<String, String> deathFields(String code) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("maGBT", "GBT-" + code);
        f.put("ngayCapGBT", "20250105");
        f.put("loaiDangKy", "1");
        f.put("noiDangKy", "16000");
        f.put("soLuongBanSao", "1");
        f.put("nktHoTen", DECEASED);
        f.put("nktGioiTinh", "1");
        f.put("nktNgaySinh", "01.01.1940");
        f.put("nktSoGiayToTuyThan", DECEASED_ID);
        f.put("nktNoiCuTru", "Thôn 2, xã Y");
        f.put("nktNgayChet", "04.01.2025");
        f.put("nktGioPhutChet", "10:30");
        f.put("nktNoiChet", "Tại nhà");
        f.put("nktNguyenNhanChet", "Già yếu");
        f.put("gbtLoai", "1");
        f.put("gbtSo", "01/2025");
        f.put("gbtNgay", "05.01.2025");
        f.put("gbtCoQuanCap", "Trạm y tế xã Y");
        f.put("nycHoTen", MOTHER);
        f.put("nycQuanHe", "Con");
        f.put("nycSoGiayToTuyThan", MOTHER_ID);
        return f;
    }

    public static String xml(String root, Map<String, String> fields) {
        StringBuilder b = new StringBuilder("<").append(root).append("><hoTich>");
        fields.forEach((k, v) -> b.append('<')
                .append(k)
                .append('>')
                .append(escape(v))
                .append("</")
                .append(k)
                .append('>'));
        return b.append("</hoTich></").append(root).append('>').toString();
    }

    static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** The inner Detail (an object) around the XML, with one valid and one cancelled attachment. */
    public static ObjectNode inner(String module, String code, String xml) {
        ObjectNode in = EgovJson.mapper().createObjectNode();
        in.put("maDonVi", 16000);
        in.put("maTTHC", "KS".equals(module) ? "2.000986" : "1.011733");
        in.put("module", module);
        in.put("maHoSo", code);
        in.put("ngayTiepNhan", "01/01/2025 08:00:00");
        in.put("techId", "tech-0001");
        in.put("data", xml);
        ArrayNode files = in.putArray("fileDinhKem");
        files.addObject()
                .put("id", 1)
                .put("loaiGiayTo", 1)
                .put("tenGiayTo", "Giấy chứng sinh")
                .put("tenTepDinhKem", "gcs.pdf")
                .put("huyGiayTo", 0)
                .put("duLieuTepDinhKem", Base64.getEncoder().encodeToString(PDF));
        files.addObject()
                .put("id", 2)
                .put("loaiGiayTo", 1)
                .put("tenGiayTo", "Bản cũ (đã hủy)")
                .put("tenTepDinhKem", "old.pdf")
                .put("huyGiayTo", 1)
                .put("duLieuTepDinhKem", Base64.getEncoder().encodeToString("old".getBytes(StandardCharsets.UTF_8)));
        return in;
    }

    /** The double-encoded reply: outer Detail whose {@code data} is the inner Detail as a JSON string. */
    public static String detail(ObjectNode inner) {
        ObjectNode outer = EgovJson.mapper().createObjectNode();
        outer.put("maDonVi", inner.path("maDonVi").asInt());
        outer.put("maTTHC", inner.path("maTTHC").asString());
        outer.put("module", inner.path("module").asString());
        outer.put("maHoSo", inner.path("maHoSo").asString());
        outer.put("ngayTiepNhan", inner.path("ngayTiepNhan").asString());
        outer.put("techId", inner.path("techId").asString());
        outer.put("data", new String(EgovJson.write(inner), StandardCharsets.UTF_8));
        ObjectNode reply = EgovJson.mapper().createObjectNode();
        reply.set("data", outer);
        return new String(EgovJson.write(reply), StandardCharsets.UTF_8);
    }

    public static String birthDetail(String code) {
        return detail(inner("KS", code, xml("hoSo", birthFields(code))));
    }

    public static String deathDetail(String code) {
        return detail(inner("KT", code, xml("hoSo", deathFields(code))));
    }
}
