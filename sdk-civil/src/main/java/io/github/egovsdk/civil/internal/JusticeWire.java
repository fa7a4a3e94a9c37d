package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.interconnect.Attachment;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.justice.CivilStatusResult;
import io.github.egovsdk.civil.justice.JusticeStatus;
import io.github.egovsdk.civil.registration.BirthRegistration;
import io.github.egovsdk.civil.registration.DeathRegistration;
import io.github.egovsdk.civil.registration.IdentityDocument;
import io.github.egovsdk.civil.registration.Parent;
import io.github.egovsdk.civil.registration.Requester;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/** The ministry's civil-status wire format (interconnected-services §1.4): {@code NhanDKHT} and {@code LayKetQua}. */
public final class JusticeWire {
    private static final List<String> EMPTY_BIRTH = List.of(
            "nksLoaiGiayToTuyThan",
            "nksSoGiayToTuyThan",
            "nksNgayCapGiayToTuyThan",
            "nksNoiCapGiayToTuyThan",
            "meGiayToKhac",
            "meSoDDCN",
            "chaSoDDCN",
            "chaGiayToKhac",
            "nycSoDDCN",
            "nycLoaiCuTru",
            "soDangKyNuocNgoai",
            "ngayDangKyNuocNgoai",
            "cqNuocNgoaiDaDangKy",
            "qgNuocNgoaiDaDangKy");

    private JusticeWire() {}

    /** The {@code NhanDKHT} body: codes, local receipt time, {@code data} as a JSON string, active attachments. */
    public static ObjectNode submission(InterconnectDossier d, String localCode, LocalDateTime receivedLocally) {
        ObjectNode o = CivilJson.object();
        o.put("maDonVi", d.registration().registrationAuthority());
        o.put("module", d.module().ministryCode());
        o.put("maHoSoLT", d.interconnectCode());
        o.put("maHoSoMCDT", localCode);
        o.put("ngayTiepNhan", CivilDates.format(receivedLocally));
        ObjectNode data = d.registration() instanceof BirthRegistration b
                ? birth(b)
                : death((DeathRegistration) d.registration());
        o.put("data", CivilJson.string(data));
        ArrayNode files = o.putArray("fileDinhKem");
        for (Attachment a : d.activeAttachments()) {
            ObjectNode f = files.addObject();
            f.put("id", a.id());
            if (a.documentType() == null) {
                f.putNull("loaiGiayTo");
            } else {
                f.put("loaiGiayTo", a.documentType());
            }
            CivilJson.put(f, "tenGiayTo", a.documentName());
            CivilJson.put(f, "tenTepDinhKem", a.fileName());
            f.put("huyGiayTo", 0);
            f.put("duLieuTepDinhKem", Base64.getEncoder().encodeToString(a.content()));
        }
        return o;
    }

    /** {@code HoTichKhaiSinh}: the DVCLT fields, dates dotted, addresses as {@code DiaChi}, {@code maGCS} not copied.
     * */
    static ObjectNode birth(BirthRegistration b) {
        ObjectNode o = CivilJson.object();
        o.putNull("maGCS");
        CivilJson.put(o, "ngayCapGCS", CivilDates.formatDot(b.birthCertificateDate()));
        CivilJson.put(o, "loaiDangKy", b.registrationType());
        CivilJson.put(o, "noiDangKy", b.registrationAuthority());
        CivilJson.put(o, "soLuongBanSao", b.copies() == null ? null : b.copies().toString());
        BirthRegistration.Child c = b.child();
        CivilJson.put(o, "nksHoTen", c.name());
        CivilJson.put(o, "nksGioiTinh", c.sex());
        CivilJson.put(o, "nksNgaySinh", CivilDates.formatDot(c.birthDate()));
        CivilJson.put(o, "nksNgaySinhBangChu", c.birthDateInWords());
        address(o, "nksNoiSinh", c.placeOfBirthCode(), c.placeOfBirth());
        CivilJson.put(o, "nksNoiSinhNuocNgoai", c.placeOfBirthAbroad());
        address(o, "nksQueQuan", null, c.homeTown());
        CivilJson.put(o, "nksDanToc", c.ethnicity());
        CivilJson.put(o, "nksDanTocKhac", c.ethnicityOther());
        CivilJson.put(o, "nksQuocTich", c.nationality());
        CivilJson.put(o, "nksLoaiKhaiSinh", c.birthKind());
        parent(o, "me", b.mother());
        parent(o, "cha", b.father());
        requester(o, b.requester());
        address(o, "nycNoiCuTru", null, null);
        EMPTY_BIRTH.forEach(f -> o.put(f, ""));
        return o;
    }

    static ObjectNode death(DeathRegistration r) {
        ObjectNode o = CivilJson.object();
        CivilJson.put(o, "maGBT", r.deathNoticeId());
        CivilJson.put(o, "ngayCapGBT", CivilDates.formatDot(r.deathNoticeDate()));
        CivilJson.put(o, "loaiDangKy", r.registrationType());
        CivilJson.put(o, "noiDangKy", r.registrationAuthority());
        CivilJson.put(o, "soLuongBanSao", r.copies() == null ? null : r.copies().toString());
        DeathRegistration.Deceased d = r.deceased();
        CivilJson.put(o, "nktHoTen", d.name());
        CivilJson.put(o, "nktGioiTinh", d.sex());
        CivilJson.put(o, "nktNgaySinh", CivilDates.formatDot(d.birthDate()));
        CivilJson.put(o, "nktDanToc", d.ethnicity());
        CivilJson.put(o, "nktDanTocKhac", d.ethnicityOther());
        CivilJson.put(o, "nktQuocTich", d.nationality());
        CivilJson.put(o, "nktQuocTichKhac", d.nationalityOther());
        CivilJson.put(o, "nktLoaiCuTru", d.residenceType());
        address(o, "nktNoiCuTru", null, d.residence());
        document(o, "nkt", d.document());
        CivilJson.put(o, "nktNgayChet", CivilDates.formatDot(d.deathDate()));
        CivilJson.put(o, "nktGioPhutChet", d.deathTime());
        address(o, "nktNoiChet", null, d.placeOfDeath());
        CivilJson.put(o, "nktNguyenNhanChet", d.cause());
        CivilJson.put(o, "nktXacThucThongTin", d.verified());
        CivilJson.put(o, "gbtLoai", r.notice().type());
        CivilJson.put(o, "gbtSo", r.notice().number());
        CivilJson.put(o, "gbtNgay", CivilDates.formatDot(r.notice().date()));
        CivilJson.put(o, "gbtCoQuanCap", r.notice().issuedBy());
        requester(o, r.requester());
        address(o, "nycNoiCuTru", null, null);
        return o;
    }

    private static void parent(ObjectNode o, String p, Parent x) {
        CivilJson.put(o, p + "HoTen", x.name());
        CivilJson.put(o, p + "NgaySinh", CivilDates.formatDot(x.birthDate()));
        CivilJson.put(o, p + "DanToc", x.ethnicity());
        CivilJson.put(o, p + "DanTocKhac", x.ethnicityOther());
        CivilJson.put(o, p + "QuocTich", x.nationality());
        CivilJson.put(o, p + "QuocTichKhac", x.nationalityOther());
        CivilJson.put(o, p + "LoaiCuTru", x.residenceType());
        address(o, p + "NoiCuTru", null, x.residence());
        CivilJson.put(o, p + "LoaiGiayToTuyThan", x.document().type());
        CivilJson.put(o, p + "SoGiayToTuyThan", x.document().number());
        CivilJson.put(o, p + "XacThucThongTin", x.verified());
    }

    private static void requester(ObjectNode o, Requester r) {
        CivilJson.put(o, "nycHoTen", r.name());
        CivilJson.put(o, "nycQuanHe", r.relationship());
        document(o, "nyc", r.document());
        CivilJson.put(o, "nycSoDienThoai", r.phone());
        CivilJson.put(o, "nycEmail", r.email());
        CivilJson.put(o, "nycXacThucThongTin", r.verified());
    }

    private static void document(ObjectNode o, String p, IdentityDocument d) {
        CivilJson.put(o, p + "LoaiGiayToTuyThan", d.type());
        CivilJson.put(o, p + "GiayToKhac", d.otherDocument());
        CivilJson.put(o, p + "SoGiayToTuyThan", d.number());
        CivilJson.put(o, p + "NgayCapGiayToTuyThan", CivilDates.formatDot(d.issuedOn()));
        CivilJson.put(o, p + "NoiCapGiayToTuyThan", d.issuedBy());
    }

    private static void address(ObjectNode o, String field, String province, String text) {
        ObjectNode a = o.putObject(field);
        CivilJson.put(a, "maTinh", province);
        a.putNull("maHuyen");
        a.putNull("maXa");
        CivilJson.put(a, "dcChiTiet", text);
    }

    /** One {@code LayKetQua} item. */
    public static CivilStatusResult result(CivilModule requested, JsonNode i) {
        CivilModule module = CivilModule.fromCode(CivilJson.text(i, "module")).orElse(requested);
        String code = CivilJson.text(i, "trangThai");
        JusticeStatus status = JusticeStatus.ofCode(code);
        JsonNode k = i.path("ketQuaXuLy");
        return new CivilStatusResult(
                module,
                CivilJson.text(i, "maDonVi"),
                CivilJson.text(i, "maTinh"),
                CivilJson.text(i, "maHoSoLT"),
                CivilJson.text(i, "maHoSoMCDT"),
                CivilJson.text(i, "errors"),
                status,
                code,
                strictTime(CivilJson.text(i, "thoiGianThucHien")),
                CivilJson.text(i, "ghiChu"),
                CivilJson.text(i, "nguoiXuLy"),
                CivilJson.text(i, "chucDanh"),
                CivilJson.text(i, "phongBanXuLy"),
                CivilJson.text(i, "noiDungXuLy"),
                lenientTime(CivilJson.text(i, "hanBoSungHoSo")),
                status == JusticeStatus.COMPLETED && k.isObject() ? ResultWire.fromJustice(module, k) : null);
    }

    /** {@code thoiGianThucHien} is parsed with exactly {@code dd/MM/yyyy HH:mm:ss}, as the production client does. */
    private static LocalDateTime strictTime(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(s, CivilDates.DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new EgovServiceException(
                    200,
                    null,
                    "LayKetQua thoiGianThucHien is not" + " dd/MM/yyyy HH:mm:ss / sai định dạng thời gian",
                    null,
                    null);
        }
    }

    /** {@code hanBoSungHoSo}: {@code dd/MM/yyyy HH:mm:ss} is plausible, not confirmed — any listed format is read. */
    private static LocalDateTime lenientTime(String s) {
        try {
            return CivilDates.dateTime(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
