package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.criminal.CriminalRecordApplicant;
import io.github.egovsdk.civil.criminal.CriminalRecordApplication;
import io.github.egovsdk.civil.criminal.CriminalRecordFile;
import io.github.egovsdk.civil.criminal.CriminalRecordResult;
import io.github.egovsdk.civil.criminal.CriminalRecordState;
import io.github.egovsdk.civil.criminal.CriminalRecordStatusUpdate;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;

/** The criminal-record wire formats (interconnected-services §1.6): VNeID intake, DataLGSP, poll, status push. */
public final class CriminalWire {
    private CriminalWire() {
    }

    /** {@code DataLGSP} with the shared {@code authKey}. */
    public static ObjectNode submission(CriminalRecordApplication a, String authKey) {
        ObjectNode o = CivilJson.object();
        o.put("authKey", authKey);
        CivilJson.put(o, "maTinh", a.provinceCode());
        CivilJson.put(o, "tenTinh", a.provinceName());
        o.put("maHoSoMCDT", a.localCode());
        CivilJson.put(o, "nguonDangKy", a.source());
        CivilJson.put(o, "tenNguonDangKy", a.sourceName());
        CivilJson.put(o, "ngayTiepNhan", CivilDates.formatSlash(a.receivedOn()));
        ObjectNode t = o.putObject("toKhai");
        CivilJson.put(t, "ngayHenTra", CivilDates.formatSlash(a.dueOn()));
        CivilJson.put(t, "loaiPhieu", a.certificateType());
        t.put("yeuCauCDNCV", a.courtBans() ? "1" : "0");
        CivilJson.put(t, "maMucDich", a.purposeCode());
        CivilJson.put(t, "mucDich", a.purpose());
        CivilJson.put(t, "soLuongCap", a.copies() == null ? null : a.copies().toString());
        CriminalRecordApplicant p = a.applicant();
        CivilJson.put(t, "nycHoTen", p.name());
        CivilJson.put(t, "nycTenGoiKhac", p.otherName());
        // The production client maps the VNeID sex code 0 to 2 before forwarding.
        CivilJson.put(t, "nycGioiTinh", "0".equals(p.sex()) ? "2" : p.sex());
        CivilJson.put(t, "nycNgaySinh", p.birthDate());
        place(t, "nycThuongTru", p.permanentAddress());
        place(t, "nycTamTru", p.temporaryAddress());
        place(t, "nycNoiSinh", p.birthPlace());
        CivilJson.put(t, "nycDienThoai", p.phone());
        CivilJson.put(t, "nycEmail", p.email());
        CivilJson.put(t, "nycSoGiayTo", p.idNumber());
        CivilJson.put(t, "nycLoaiGiayTo", p.idType());
        CivilJson.put(t, "nycNgayCapGiayTo", p.idIssuedOn());
        CivilJson.put(t, "nycNoiCapGiayTo", p.idIssuedBy());
        CivilJson.put(t, "nycQuocTich", p.nationality());
        CivilJson.put(t, "nycDanToc", p.ethnicity());
        CivilJson.put(t, "nycHoTenCha", p.fatherName());
        CivilJson.put(t, "nycHoTenMe", p.motherName());
        CivilJson.put(t, "nycHoTenVoChong", p.spouseName());
        t.put("uyQuyen", a.authorised() ? "1" : "0");
        ArrayNode files = t.putArray("fileHoSo");
        for (CriminalRecordFile f : a.files()) {
            ObjectNode x = files.addObject();
            CivilJson.put(x, "tenLoaiFile", f.typeName());
            CivilJson.put(x, "tenFile", f.fileName());
            x.put("noiDungFile", Base64.getEncoder().encodeToString(f.content()));
        }
        return o;
    }

    private static void place(ObjectNode t, String field, String text) {
        ObjectNode p = t.putObject(field);
        for (String k : List.of("maTinhThanh", "tenTinhThanh", "maQuanHuyen", "tenQuanHuyen", "maPhuongXa",
                "tenPhuongXa")) {
            p.putNull(k);
        }
        CivilJson.put(p, "dcChiTiet", text);
    }

    /** VNeID's {@code LLTP_VNEIDParams.Request} → an application (the declaration's main fields and the files). */
    public static CriminalRecordApplication intake(JsonNode r) {
        if (r == null || !r.isObject()) {
            throw new PayloadFormatException("request", "not a JSON object / không phải đối tượng JSON", false, null);
        }
        JsonNode t = r.path("toKhai");
        String code = CivilJson.text(r, "maHoSoMCDT");
        if (code == null) {
            throw new PayloadFormatException("maHoSoMCDT", "required / bắt buộc", false, null);
        }
        List<CriminalRecordFile> files = new ArrayList<>();
        for (JsonNode g : t.path("giayToDinhKem")) {
            for (JsonNode f : g.path("danhSach")) {
                try {
                    files.add(new CriminalRecordFile(CivilJson.text(g, "ten"), CivilJson.text(g, "ma") + "."
                            + CivilJson.text(f, "loai"), Base64.getMimeDecoder().decode(f.path("duLieu").asString(""))));
                } catch (IllegalArgumentException e) {
                    throw new PayloadFormatException("toKhai.giayToDinhKem.danhSach.duLieu", "not base64 / không"
                            + " phải base64", false, null);
                }
            }
        }
        CriminalRecordApplicant p = new CriminalRecordApplicant(CivilJson.text(t, "nycHoTen"),
                CivilJson.text(t, "nycTenGoiKhac"), CivilJson.text(t, "nycGioiTinh"), CivilJson.text(t, "nycNgaySinh"),
                CivilJson.text(t, "nycLoaiGiayTo"), CivilJson.text(t, "nycSoGiayTo"),
                CivilJson.text(t, "nycNgayCapGiayTo"), CivilJson.text(t, "nycNoiCapGiayTo"),
                CivilJson.text(t, "nycQuocTich"), CivilJson.text(t, "nycDanToc"), CivilJson.text(t, "nycDienThoai"),
                CivilJson.text(t, "nycEmail"), CivilJson.text(t, "nycHoTenCha"), CivilJson.text(t, "nycHoTenMe"),
                CivilJson.text(t, "nycHoTenVoChong"), CivilJson.text(t.path("nycThuongTru"), "chiTiet"),
                CivilJson.text(t.path("nycTamTru"), "chiTiet"), CivilJson.text(t.path("nycNoiSinh"), "dcChiTiet"));
        Integer copies = null;
        String n = CivilJson.text(t, "soLuongCap");
        if (n != null && n.matches("[0-9]{1,3}")) {
            copies = Integer.valueOf(n);
        }
        return new CriminalRecordApplication(CivilJson.text(r, "maTinh"), CivilJson.text(r, "tenTinh"), code,
                CivilJson.text(r, "nguonDangKy"), CivilJson.text(r, "tenNguonDangKy"),
                date(CivilJson.text(r, "ngayTiepNhan"), "ngayTiepNhan"), null, CivilJson.text(t, "loaiPhieu"),
                "1".equals(CivilJson.text(t, "yeuCauCDNCV")), CivilJson.text(t, "maMucDich"),
                CivilJson.text(t, "tenMucDich"), copies, p, "1".equals(CivilJson.text(t, "uyQuyen")), files);
    }

    private static LocalDate date(String s, String field) {
        try {
            return CivilDates.date(s);
        } catch (DateTimeParseException e) {
            throw new PayloadFormatException(field, "not a date (dd/MM/yyyy) / không phải ngày", false, null);
        }
    }

    public static CriminalRecordResult result(JsonNode v) {
        JsonNode k = v.path("ketQuaXuLy");
        String state = CivilJson.text(v, "trangThaiXuLy");
        byte[] pdf = new byte[0];
        String encoded = CivilJson.text(k, "phieuLLTP");
        if (encoded != null) {
            try {
                pdf = Base64.getMimeDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                throw new io.github.egovsdk.core.EgovServiceException(200, null, "phieuLLTP is not base64", null,
                        null);
            }
        }
        LocalDate issued = null;
        try {
            issued = CivilDates.date(CivilJson.text(k, "ngayCapPhieu"));
        } catch (DateTimeParseException e) {
            // kept empty: the certificate itself is the record
        }
        return new CriminalRecordResult(CivilJson.text(v, "maHoSoMCDT"), state, CriminalRecordState.fromCode(state),
                CivilJson.text(k, "soPhieuLLTP"), issued, CivilJson.text(k, "loaiPhieu"), CivilJson.text(k, "nguoiKy"),
                CivilJson.text(k, "tinhTrangAnTich"), CivilJson.text(k, "tenTinhTrangAnTich"), pdf);
    }

    /** {@code DongBoTrangThaiParam}. */
    public static ObjectNode status(CriminalRecordStatusUpdate u, String provinceCode, String provinceName) {
        ObjectNode o = CivilJson.object();
        CivilJson.put(o, "maTinh", provinceCode);
        CivilJson.put(o, "tenTinh", provinceName);
        o.put("maHoSoMCDT", u.localCode());
        o.put("trangThaiXuLy", String.valueOf(u.state().code()));
        o.put("tenTrangThaiXuLy", u.state().nameVi());
        o.put("lyDoTuChoi", u.refusalReason() == null ? "" : u.refusalReason());
        CivilJson.put(o, "ngayHenTraKetQua", CivilDates.formatSlash(u.dueOn()));
        o.put("type", u.withdrawal() ? "thuhoi" : "ketqua");
        CriminalRecordResult r = u.result();
        if (r == null) {
            o.putNull("ketQuaXuLy");
        } else {
            ObjectNode k = o.putObject("ketQuaXuLy");
            CivilJson.put(k, "soPhieuLLTP", r.certificateNumber());
            CivilJson.put(k, "ngayCapPhieu", CivilDates.formatSlash(r.issuedOn()));
            CivilJson.put(k, "loaiPhieu", r.certificateType());
            CivilJson.put(k, "nguoiKy", r.signer());
            CivilJson.put(k, "tinhTrangAnTich", r.recordStatus());
            CivilJson.put(k, "tenTinhTrangAnTich", r.recordStatusName());
            k.put("phieuLLTP", Base64.getEncoder().encodeToString(r.pdf()));
        }
        return o;
    }
}
