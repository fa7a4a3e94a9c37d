package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.criminal.AuthorisedPerson;
import io.github.egovsdk.civil.criminal.CriminalRecordAddress;
import io.github.egovsdk.civil.criminal.CriminalRecordApplicant;
import io.github.egovsdk.civil.criminal.CriminalRecordApplication;
import io.github.egovsdk.civil.criminal.CriminalRecordFile;
import io.github.egovsdk.civil.criminal.CriminalRecordPayment;
import io.github.egovsdk.civil.criminal.CriminalRecordReceipt;
import io.github.egovsdk.civil.criminal.CriminalRecordRelative;
import io.github.egovsdk.civil.criminal.ResidencePeriod;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.civil.registration.RegistrationProblem;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The criminal-record application on the wire (interconnected-services §1.6): read from VNeID's
 * {@code LLTP_VNEIDParams.Request} — and, because both shapes describe the same declaration, from a {@code DataLGSP}
 * too (flat {@code nuq*}, {@code nycCuTru[]}, {@code fileHoSo[]}, {@code chaNgaySinh}) — and written as the
 * {@code DataLGSP} the LLTP system takes.
 */
public final class CriminalApplicationWire {
    /** Local catalogue codes the production client rewrites to the national ones before forwarding. */
    private static final Map<String, String> NATIONALITY = Map.of("3106", "VN");

    private static final Map<String, String> ETHNICITY = Map.of("55305", "01");
    private static final List<String> PLACE =
            List.of("maTinhThanh", "tenTinhThanh", "maQuanHuyen", "tenQuanHuyen", "maPhuongXa", "tenPhuongXa");

    private CriminalApplicationWire() {}

    /** VNeID's request (or a DataLGSP) → a validated application. */
    public static CriminalRecordApplication intake(JsonNode r) {
        if (r == null || !r.isObject()) {
            throw new PayloadFormatException("request", "not a JSON object / không phải đối tượng JSON", false, null);
        }
        String code = CivilJson.text(r, "maHoSoMCDT");
        if (code == null) {
            throw new PayloadFormatException("maHoSoMCDT", "required / bắt buộc", false, null);
        }
        JsonNode t = r.path("toKhai");
        List<RegistrationProblem> problems = new ArrayList<>();
        WireReader top = new WireReader(r, "", problems);
        WireReader tk = new WireReader(t, "toKhai.", problems);
        List<CriminalRecordFile> files = files(t, problems);
        CriminalRecordApplicant applicant = new CriminalRecordApplicant(
                tk.text("nycHoTen"),
                tk.text("nycTenGoiKhac"),
                tk.text("nycGioiTinh"),
                tk.text("nycTenGioiTinh"),
                tk.date("nycNgaySinh"),
                tk.text("nycLoaiGiayTo"),
                tk.text("nycTenLoaiGiayTo"),
                tk.text("nycSoGiayTo"),
                tk.date("nycNgayCapGiayTo"),
                tk.text("nycNoiCapGiayTo"),
                tk.text("nycQuocTich"),
                tk.text("nycTenQuocTich"),
                tk.text("nycDanToc"),
                tk.text("nycTenDanToc"),
                tk.text("nycDienThoai"),
                tk.text("nycEmail"),
                tk.text("nycDoiTuongNopPhi"),
                tk.text("nycTenDoiTuongNopPhi"),
                address(t.path("nycThuongTru")),
                address(t.path("nycTamTru")),
                address(t.path("nycNoiSinh")),
                relative(tk, "nycHoTenCha", "cha"),
                relative(tk, "nycHoTenMe", "me"),
                relative(tk, "nycHoTenVoChong", "voChong"));
        JsonNode receipt = r.path("thongTinBienLai").isObject() ? r.path("thongTinBienLai") : t.path("thongTinBienLai");
        CriminalRecordApplication a = new CriminalRecordApplication(
                top.text("maTinh"),
                top.text("tenTinh"),
                code,
                top.text("nguonDangKy"),
                top.text("tenNguonDangKy"),
                top.date("ngayTiepNhan"),
                tk.date("ngayHenTra"),
                tk.text("nycNoiSinhNuocNgoai"),
                tk.text("loaiPhieu"),
                "1".equals(tk.text("yeuCauCDNCV")),
                tk.text("maMucDich"),
                tk.text("tenMucDich") != null ? tk.text("tenMucDich") : tk.text("mucDich"),
                tk.text("mucDichKhac"),
                tk.number("soLuongCap"),
                applicant,
                "1".equals(tk.text("uyQuyen")),
                authorised(t, problems),
                tk.text("thongTinAnTich"),
                residence(t, problems),
                payment(t.path("thongTinThanhToan"), problems),
                receipt(receipt, problems),
                files);
        problems.addAll(a.problems());
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException("criminal-record application (tờ khai LLTP)", problems);
        }
        return a;
    }

    private static CriminalRecordRelative relative(WireReader tk, String nameField, String p) {
        String text = tk.text(p + "NgaySinh");
        boolean yearOnly = text != null && text.matches("[0-9]{4}");
        LocalDate date = yearOnly ? null : tk.date(p + "NgaySinh");
        Integer year = yearOnly ? Integer.valueOf(text) : tk.number(p + "NamSinh");
        CriminalRecordRelative x = new CriminalRecordRelative(
                tk.text(nameField), date, year, tk.text(p + "LoaiGiayTo"), tk.text(p + "SoGiayTo"));
        return x.isEmpty() ? CriminalRecordRelative.NONE : x;
    }

    private static CriminalRecordAddress address(JsonNode a) {
        if (a.isString()) {
            return CriminalRecordAddress.ofText(a.asString());
        }
        String detail =
                CivilJson.text(a, "dcChiTiet") != null ? CivilJson.text(a, "dcChiTiet") : CivilJson.text(a, "chiTiet");
        return new CriminalRecordAddress(
                CivilJson.text(a, "maTinhThanh"),
                CivilJson.text(a, "tenTinhThanh"),
                CivilJson.text(a, "maQuanHuyen"),
                CivilJson.text(a, "tenQuanHuyen"),
                CivilJson.text(a, "maPhuongXa"),
                CivilJson.text(a, "tenPhuongXa"),
                detail,
                CivilJson.text(a, "maQuocGia"),
                CivilJson.text(a, "tenQuocGia"));
    }

    private static AuthorisedPerson authorised(JsonNode t, List<RegistrationProblem> problems) {
        boolean nested = t.path("thongTinUyQuyen").isObject();
        JsonNode u = nested ? t.path("thongTinUyQuyen") : t;
        WireReader r = new WireReader(u, nested ? "toKhai.thongTinUyQuyen." : "toKhai.", problems);
        String name = r.text("nuqHoTen") != null
                ? r.text("nuqHoTen")
                : new WireReader(t, "toKhai.", problems).text("uyQuyenHoTen");
        JsonNode rel = u.path("nuqQuanHe");
        String relCode = rel.isObject() ? CivilJson.text(rel, "ma") : r.text("nuqQuanHe");
        String relName = rel.isObject() ? CivilJson.text(rel, "ten") : CivilJson.text(t, "nyqQuanHe");
        AuthorisedPerson p = new AuthorisedPerson(
                name,
                r.text("nuqTenGoiKhac"),
                r.text("nuqGioiTinh"),
                r.date("nuqNgaySinh"),
                r.text("nuqDanToc"),
                r.text("nuqTenDanToc"),
                r.text("nuqQuocTich"),
                r.text("nuqTenQuocTich"),
                r.text("nuqEmail"),
                r.text("nuqDienThoai"),
                r.text("nuqLoaiGiayto") != null ? r.text("nuqLoaiGiayto") : r.text("nuqLoaiGiayTo"),
                r.text("nuqSoGiayTo"),
                r.date("nuqNgayCapGiayTo"),
                r.text("nuqNoiCapGiayTo"),
                address(u.path("nuqThuongTruChiTiet")),
                r.text("nuqNoiDKKS"),
                r.text("nuqNoiOHienTai"),
                relCode,
                relName,
                r.date("nuqNgayKyVanBanUyQuyen"));
        return name == null && p.idNumber() == null ? null : p;
    }

    private static List<ResidencePeriod> residence(JsonNode t, List<RegistrationProblem> problems) {
        boolean vneid = t.path("quaTrinhCTNNNLV").isArray();
        String field = vneid ? "quaTrinhCTNNNLV" : "nycCuTru";
        List<ResidencePeriod> out = new ArrayList<>();
        int i = 0;
        for (JsonNode x : t.path(field)) {
            WireReader r = new WireReader(x, "toKhai." + field + "[" + i++ + "].", problems);
            out.add(new ResidencePeriod(
                    r.month(vneid ? "tuThangNam" : "tuNgay"),
                    r.month(vneid ? "denThangNam" : "denNgay"),
                    r.text("loaiCuTru"),
                    r.text(vneid ? "diaChiCuTru" : "noiCuTru"),
                    r.text("ngheNghiep"),
                    r.text("noiLamViec")));
        }
        return out;
    }

    private static CriminalRecordPayment payment(JsonNode p, List<RegistrationProblem> problems) {
        if (!p.isObject()) {
            return null;
        }
        WireReader r = new WireReader(p, "toKhai.thongTinThanhToan.", problems);
        return new CriminalRecordPayment(
                r.text("nhomDoiTuong"),
                r.text("tenNhomDoiTuong"),
                r.amount("phiLLTP"),
                r.amount("phiCapThemBanGiay"),
                r.text("hinhThucNhanBanGiay"),
                r.text("tenHinhThucNhanBanGiay"),
                r.text("diaChiNhan"),
                r.amount("tongPhi"));
    }

    private static CriminalRecordReceipt receipt(JsonNode b, List<RegistrationProblem> problems) {
        if (!b.isObject()) {
            return null;
        }
        WireReader r = new WireReader(b, "thongTinBienLai.", problems);
        List<CriminalRecordReceipt.Item> items = new ArrayList<>();
        for (JsonNode i : b.path("dSKhoanNop")) {
            items.add(new CriminalRecordReceipt.Item(
                    CivilJson.text(i, "NoiDung"),
                    new WireReader(i, "thongTinBienLai.dSKhoanNop.", problems).amount("SoTien")));
        }
        return new CriminalRecordReceipt(
                r.text("maDichVu"),
                r.text("maDVC"),
                r.text("tenDVC"),
                r.text("maTTHC"),
                r.text("tenTTHC"),
                r.text("maDonVi"),
                r.text("tenDonVi"),
                r.text("tkThuHuong"),
                r.text("maNhThuHuong"),
                r.text("tenTkThuHuong"),
                items,
                r.text("trangThaiGD"),
                r.text("tenTrangThaiGD"),
                r.text("urlBienLai"));
    }

    private static List<CriminalRecordFile> files(JsonNode t, List<RegistrationProblem> problems) {
        List<CriminalRecordFile> files = new ArrayList<>();
        for (JsonNode g : t.path("giayToDinhKem")) {
            for (JsonNode f : g.path("danhSach")) {
                byte[] content =
                        decode(f.path("duLieu").asString(""), "toKhai.giayToDinhKem.danhSach.duLieu", problems);
                files.add(new CriminalRecordFile(
                        CivilJson.text(g, "ten"), CivilJson.text(g, "ma") + "." + CivilJson.text(f, "loai"), content));
            }
        }
        for (JsonNode f : t.path("fileHoSo")) {
            files.add(new CriminalRecordFile(
                    CivilJson.text(f, "tenLoaiFile"),
                    CivilJson.text(f, "tenFile"),
                    decode(f.path("noiDungFile").asString(""), "toKhai.fileHoSo.noiDungFile", problems)));
        }
        return files;
    }

    private static byte[] decode(String b64, String field, List<RegistrationProblem> problems) {
        try {
            return Base64.getMimeDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            problems.add(new RegistrationProblem(field, "Base64", "not base64", "không phải base64"));
            return new byte[0];
        }
    }

    /** {@code DataLGSP} with the shared {@code authKey}: every field of the declaration. */
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
        CivilJson.put(t, "nycNoiSinhNuocNgoai", a.bornAbroad());
        CivilJson.put(t, "loaiPhieu", a.certificateType());
        t.put("yeuCauCDNCV", a.courtBans() ? "1" : "0");
        CivilJson.put(t, "maMucDich", a.purposeCode());
        CivilJson.put(t, "mucDich", a.purpose());
        CivilJson.put(t, "tenMucDich", a.purpose());
        CivilJson.put(t, "mucDichKhac", a.otherPurpose());
        CivilJson.put(t, "soLuongCap", a.copies() == null ? null : a.copies().toString());
        CriminalRecordApplicant p = a.applicant();
        CivilJson.put(t, "nycHoTen", p.name());
        CivilJson.put(t, "nycTenGoiKhac", p.otherName());
        // The production client maps the VNeID sex code 0 to 2 before forwarding.
        CivilJson.put(t, "nycGioiTinh", "0".equals(p.sex()) ? "2" : p.sex());
        CivilJson.put(t, "nycTenGioiTinh", p.sexName());
        CivilJson.put(t, "nycNgaySinh", CivilDates.formatSlash(p.birthDate()));
        t.set("nycThuongTru", place(p.permanentAddress()));
        t.set("nycTamTru", place(p.temporaryAddress()));
        t.set("nycNoiSinh", place(p.birthPlace()));
        CivilJson.put(t, "nycDienThoai", p.phone());
        CivilJson.put(t, "nycEmail", p.email());
        CivilJson.put(t, "nycSoGiayTo", p.idNumber());
        CivilJson.put(t, "nycLoaiGiayTo", p.idType());
        CivilJson.put(t, "nycTenLoaiGiayTo", p.idTypeName());
        CivilJson.put(t, "nycNgayCapGiayTo", CivilDates.formatSlash(p.idIssuedOn()));
        CivilJson.put(t, "nycNoiCapGiayTo", p.idIssuedBy());
        CivilJson.put(
                t,
                "nycQuocTich",
                p.nationality() == null ? null : NATIONALITY.getOrDefault(p.nationality(), p.nationality()));
        CivilJson.put(t, "nycTenQuocTich", p.nationalityName());
        CivilJson.put(
                t, "nycDanToc", p.ethnicity() == null ? null : ETHNICITY.getOrDefault(p.ethnicity(), p.ethnicity()));
        CivilJson.put(t, "nycTenDanToc", p.ethnicityName());
        relative(t, "nycHoTenCha", "cha", p.father());
        relative(t, "nycHoTenMe", "me", p.mother());
        relative(t, "nycHoTenVoChong", "voChong", p.spouse());
        t.put("uyQuyen", a.authorised() ? "1" : "0");
        authorised(t, a.authorisedPerson());
        CivilJson.put(t, "thongTinAnTich", a.recordInformation());
        ArrayNode stays = t.putArray("nycCuTru");
        for (ResidencePeriod r : a.residenceHistory()) {
            ObjectNode x = stays.addObject();
            CivilJson.put(x, "tuNgay", month(r.from()));
            CivilJson.put(x, "denNgay", month(r.to()));
            CivilJson.put(x, "noiCuTru", r.address());
            CivilJson.put(x, "ngheNghiep", r.occupation());
            CivilJson.put(x, "noiLamViec", r.workplace());
        }
        ArrayNode files = t.putArray("fileHoSo");
        for (CriminalRecordFile f : a.files()) {
            ObjectNode x = files.addObject();
            CivilJson.put(x, "tenLoaiFile", f.typeName());
            CivilJson.put(x, "tenFile", f.fileName());
            x.put("noiDungFile", Base64.getEncoder().encodeToString(f.content()));
        }
        return o;
    }

    private static void relative(ObjectNode t, String nameField, String p, CriminalRecordRelative r) {
        CivilJson.put(t, nameField, r.name());
        CivilJson.put(
                t,
                p + "NgaySinh",
                r.birthDate() != null
                        ? CivilDates.formatSlash(r.birthDate())
                        : r.birthYear() == null ? null : r.birthYear().toString());
        CivilJson.put(t, p + "LoaiGiayTo", r.idType());
        CivilJson.put(t, p + "SoGiayTo", r.idNumber());
    }

    private static void authorised(ObjectNode t, AuthorisedPerson n) {
        AuthorisedPerson x = n != null
                ? n
                : new AuthorisedPerson(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null);
        CivilJson.put(t, "uyQuyenHoTen", x.name());
        CivilJson.put(t, "nuqTenGoiKhac", x.otherName());
        CivilJson.put(t, "nuqGioiTinh", x.sex());
        CivilJson.put(t, "nuqNgaySinh", CivilDates.formatSlash(x.birthDate()));
        CivilJson.put(t, "nuqDanToc", x.ethnicity());
        CivilJson.put(t, "nuqTenDanToc", x.ethnicityName());
        CivilJson.put(t, "nuqQuocTich", x.nationality());
        CivilJson.put(t, "nuqTenQuocTich", x.nationalityName());
        CivilJson.put(t, "nuqEmail", x.email());
        CivilJson.put(t, "nuqDienThoai", x.phone());
        CivilJson.put(t, "nuqLoaiGiayto", x.idType());
        CivilJson.put(t, "nuqSoGiayTo", x.idNumber());
        CivilJson.put(t, "nuqNgayCapGiayTo", CivilDates.formatSlash(x.idIssuedOn()));
        CivilJson.put(t, "nuqNoiCapGiayTo", x.idIssuedBy());
        t.set("nuqThuongTruChiTiet", place(x.permanentAddress()));
        CivilJson.put(t, "nyqQuanHe", x.relationship() != null ? x.relationship() : x.relationshipCode());
    }

    private static ObjectNode place(CriminalRecordAddress a) {
        ObjectNode p = CivilJson.object();
        String[] v = {
            a.provinceCode(), a.provinceName(), a.districtCode(), a.districtName(), a.communeCode(), a.communeName()
        };
        for (int i = 0; i < PLACE.size(); i++) {
            CivilJson.put(p, PLACE.get(i), v[i]);
        }
        CivilJson.put(p, "dcChiTiet", a.detail());
        return p;
    }

    private static String month(YearMonth m) {
        return m == null ? null : String.format("%02d/%04d", m.getMonthValue(), m.getYear());
    }
}
