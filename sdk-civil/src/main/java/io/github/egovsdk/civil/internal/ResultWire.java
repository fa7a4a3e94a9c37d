package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.justice.RegistrationCertificate;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registration result on both sides: read from the ministry's {@code ketQuaXuLy} (§1.4.2: address fields are
 * {@code DiaChi} objects, the PDF base64 in {@code giayKhaiSinh} / {@code giayKhaiTu}) and written as the DVCLT
 * {@code ketQuaXuLy} (§1.3.8: addresses flattened to their text, integer codes as numbers, the defaults a production
 * client applies because the DVCLT validator rejects empty residence data).
 */
public final class ResultWire {
    static final String NO_INFORMATION = "Không có thông tin";
    private static final List<String> BIRTH = List.of(
            "soDinhDanh",
            "ngayDangKy",
            "ndkksMaTinh",
            "ndkksMaHuyen",
            "ndkksMaXa",
            "nksHoTen",
            "nksGioiTinh",
            "nksNgaySinh",
            "nksNgaySinhBangChu",
            "nksDanToc",
            "nksQueQuan",
            "nksQuocTich",
            "nksNoiSinhMaTinh",
            "nksNoiSinh",
            "meHoTen",
            "meNgaySinh",
            "meDanToc",
            "meQuocTich",
            "meLoaiCuTru",
            "meNoiCuTru",
            "meSoGiayTo",
            "chaHoTen",
            "chaNgaySinh",
            "chaDanToc",
            "chaQuocTich",
            "chaLoaiCuTru",
            "chaNoiCuTru",
            "chaSoGiayTo",
            "nycHoTen",
            "nycQuanHe",
            "nycSoGiayTo",
            "soDangKy",
            "quyenSo",
            "trangSo",
            "maGiayToKetQua");
    private static final List<String> DEATH = List.of(
            "nktHoTen",
            "nktGioiTinh",
            "nktNgaySinh",
            "nktDanToc",
            "nktQuocTich",
            "nktLoaiCuTru",
            "nktNoiCuTru",
            "nktSoGiayTo",
            "nktNgayChet",
            "nktNoiChet",
            "nktNguyenNhanChet",
            "giayBaoTuLoai",
            "giayBaoTuSo",
            "nycHoTen",
            "nycSoGiayTo",
            "nycQuanHe",
            "soDangKy",
            "quyenSo",
            "trangSo",
            "maGiayToKetQua");
    private static final Set<String> INTEGERS =
            Set.of("nksGioiTinh", "meLoaiCuTru", "chaLoaiCuTru", "nktGioiTinh", "nktLoaiCuTru");

    private ResultWire() {}

    /**
     * The marriage result's PDF field is not published: the first of these present is read, the first is written.
     */
    static final List<String> MARRIAGE_PDF = List.of("giayChungNhanKetHon", "giayKetHon", "giayDangKyKetHon");

    private static String pdfField(CivilModule m) {
        return m == CivilModule.DEATH ? "giayKhaiTu" : m == CivilModule.MARRIAGE ? MARRIAGE_PDF.get(0) : "giayKhaiSinh";
    }

    private static String pdfField(CivilModule m, JsonNode k) {
        if (m == CivilModule.MARRIAGE) {
            return MARRIAGE_PDF.stream()
                    .filter(f -> CivilJson.text(k, f) != null)
                    .findFirst()
                    .orElse(MARRIAGE_PDF.get(0));
        }
        return pdfField(m);
    }

    /** The ministry's result object → a certificate (addresses flattened; the PDF decoded). */
    public static RegistrationCertificate fromJustice(CivilModule module, JsonNode k) {
        Map<String, String> fields = new LinkedHashMap<>();
        String pdfField = pdfField(module, k);
        for (var e : k.properties()) {
            JsonNode v = e.getValue();
            if (e.getKey().equals(pdfField)) {
                continue;
            }
            if (v.isObject()) {
                String text = CivilJson.text(v, "dcChiTiet");
                if (text != null) {
                    fields.put(e.getKey(), text);
                }
                if (e.getKey().equals("nksNoiSinh") && CivilJson.text(v, "maTinh") != null) {
                    fields.putIfAbsent("nksNoiSinhMaTinh", CivilJson.text(v, "maTinh"));
                }
            } else if (!v.isNull() && !v.isArray() && CivilJson.text(k, e.getKey()) != null) {
                fields.put(e.getKey(), CivilJson.text(k, e.getKey()));
            }
        }
        byte[] pdf;
        String encoded = CivilJson.text(k, pdfField);
        try {
            pdf = encoded == null || encoded.equals(NO_INFORMATION)
                    ? new byte[0]
                    : Base64.getMimeDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new EgovServiceException(
                    200,
                    null,
                    "ketQuaXuLy." + pdfField + " is not base64 / tệp kết" + " quả không phải base64",
                    null,
                    null);
        }
        LocalDate registeredOn = null;
        try {
            registeredOn = CivilDates.date(fields.get("ngayDangKy"));
        } catch (DateTimeParseException e) {
            // kept as text in fields(); the typed date stays empty
        }
        String name = module == CivilModule.DEATH
                ? fields.get("nktHoTen")
                : module == CivilModule.MARRIAGE ? marriageNames(fields) : fields.get("nksHoTen");
        return new RegistrationCertificate(
                module,
                module == CivilModule.BIRTH ? fields.get("soDinhDanh") : null,
                registeredOn,
                fields.get("soDangKy"),
                fields.get("quyenSo"),
                fields.get("trangSo"),
                name,
                fields.get("maGiayToKetQua"),
                pdf,
                fields);
    }

    private static String marriageNames(Map<String, String> f) {
        String h = f.get("chongHoTen");
        String w = f.get("voHoTen");
        return h == null && w == null ? null : (h == null ? "" : h) + " – " + (w == null ? "" : w);
    }

    /** The certificate → the ministry's result object (what the sandbox answers in {@code LayKetQua}). */
    public static ObjectNode forJustice(RegistrationCertificate c) {
        ObjectNode o = CivilJson.object();
        c.fields().forEach((k, v) -> {
            if (Set.of(
                            "nksNoiSinh",
                            "nksQueQuan",
                            "meNoiCuTru",
                            "chaNoiCuTru",
                            "nktNoiCuTru",
                            "nktNoiChet",
                            "chongNoiCuTru",
                            "voNoiCuTru")
                    .contains(k)) {
                o.putObject(k)
                        .putNull("maTinh")
                        .putNull("maHuyen")
                        .putNull("maXa")
                        .put("dcChiTiet", v);
            } else if (INTEGERS.contains(k) && v.matches("[0-9]{1,4}")) {
                o.put(k, Integer.parseInt(v));
            } else {
                o.put(k, v);
            }
        });
        o.put(pdfField(c.module()), Base64.getEncoder().encodeToString(c.pdf()));
        return o;
    }

    /** The certificate → the DVCLT {@code ketQuaXuLy} object of status 4. */
    public static ObjectNode forInterconnect(RegistrationCertificate c) {
        if (c.module() == CivilModule.MARRIAGE) {
            throw new EgovClientException(
                    "a marriage result is not pushed to the DVCLT software / kết quả kết hôn" + " không gửi DVCLT");
        }
        boolean birth = c.module() == CivilModule.BIRTH;
        ObjectNode o = CivilJson.object();
        for (String f : birth ? BIRTH : DEATH) {
            String v = c.fields().get(f);
            if (INTEGERS.contains(f)) {
                Integer n = v != null && v.matches("[0-9]{1,4}") ? Integer.valueOf(v) : null;
                if ((n == null || n == 0) && f.endsWith("LoaiCuTru")) {
                    n = 1;
                }
                if (n == null) {
                    o.putNull(f);
                } else {
                    o.put(f, n);
                }
            } else if (v == null && (f.equals("meNoiCuTru") || f.equals("chaNoiCuTru"))) {
                o.put(f, NO_INFORMATION);
            } else if (v == null && f.equals("maGiayToKetQua")) {
                o.put(f, birth ? "KQ.G15.000031" : "KQ.G15.000034");
            } else {
                CivilJson.put(o, f, v);
            }
        }
        byte[] pdf = c.pdf();
        o.put(
                birth ? "giayKhaiSinh" : "giayKhaiTu",
                pdf.length == 0 && !birth ? NO_INFORMATION : Base64.getEncoder().encodeToString(pdf));
        return o;
    }
}
