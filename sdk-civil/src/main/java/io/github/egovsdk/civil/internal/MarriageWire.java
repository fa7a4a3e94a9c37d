package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.interconnect.Attachment;
import io.github.egovsdk.civil.registration.CivilAddress;
import io.github.egovsdk.civil.registration.IdentityDocument;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.MarriageParty;
import io.github.egovsdk.civil.registration.MarriageRegistration;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.civil.registration.RegistrationProblem;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The marriage registration's wire format (interconnected-services §1.4.3): {@code DataDKKH} inside a {@code NhanDKHT}
 * push of module {@code LTKH}, whose {@code maHoSoLT} is the one-stop dossier code and whose attachments are the
 * local dossier's components, each sent with {@code loaiGiayTo = 1}.
 */
public final class MarriageWire {
    private static final int MAX = 4 << 20;

    private MarriageWire() {}

    /** The {@code NhanDKHT} body of a marriage. */
    public static ObjectNode submission(
            MarriageRegistration m, String localCode, LocalDateTime receivedLocally, List<Attachment> files) {
        ObjectNode o = CivilJson.object();
        o.put("maDonVi", m.registrationAuthority());
        o.put("module", m.module().ministryCode());
        o.put("maHoSoLT", localCode);
        o.put("maHoSoMCDT", localCode);
        o.put("ngayTiepNhan", CivilDates.format(receivedLocally));
        o.put("data", CivilJson.string(data(m)));
        ArrayNode out = o.putArray("fileDinhKem");
        for (Attachment a : files) {
            if (a.cancelled()) {
                continue;
            }
            ObjectNode f = out.addObject();
            f.put("id", a.id());
            f.put("loaiGiayTo", 1);
            CivilJson.put(f, "tenGiayTo", a.documentName());
            CivilJson.put(f, "tenTepDinhKem", a.fileName());
            f.put("huyGiayTo", 0);
            f.put("duLieuTepDinhKem", Base64.getEncoder().encodeToString(a.content()));
        }
        return o;
    }

    /** {@code DataDKKH}. */
    public static ObjectNode data(MarriageRegistration m) {
        ObjectNode o = CivilJson.object();
        CivilJson.put(o, "noiDangKy", m.registrationAuthority());
        CivilJson.put(o, "ghiChu", m.note());
        if (m.extractCopies() == null) {
            o.putNull("soBanSao");
        } else {
            o.put("soBanSao", m.extractCopies().intValue());
        }
        CivilJson.put(o, "loaiDangKy", m.registrationType());
        CivilJson.put(o, "ngayXacLapQuanHeHonNhan", CivilDates.formatDot(m.relationshipSince()));
        CivilJson.put(o, "soLuongBanSao", m.copies() == null ? null : m.copies().toString());
        party(o, "chong", m.husband(), m.registrationAuthority());
        party(o, "vo", m.wife(), m.registrationAuthority());
        CivilJson.put(o, "chongCuTruNuocNgoai", m.husbandResidesAbroad());
        return o;
    }

    private static void party(ObjectNode o, String p, MarriageParty x, String authority) {
        CivilJson.put(o, p + "HoTen", x.name());
        CivilJson.put(o, p + "NgaySinh", CivilDates.formatDot(x.birthDate()));
        CivilJson.put(o, p + "DanToc", x.ethnicity());
        CivilJson.put(o, p + "DanTocKhac", x.ethnicityOther());
        CivilJson.put(o, p + "QuocTich", x.nationality());
        CivilJson.put(o, p + "LoaiCuTru", x.residenceType());
        ObjectNode a = o.putObject(p + "NoiCuTru");
        CivilJson.put(a, "maTinh", x.residence().provinceCode());
        CivilJson.put(a, "maHuyen", x.residence().districtCode());
        CivilJson.put(a, "maXa", x.residence().communeCode());
        CivilJson.put(a, "dcChiTiet", x.residence().detail());
        IdentityDocument d = x.document();
        CivilJson.put(o, p + "LoaiGiayToTuyThan", d.type());
        CivilJson.put(o, p + "GiayToKhac", d.otherDocument());
        CivilJson.put(o, p + "SoGiayToTuyThan", d.number());
        CivilJson.put(o, p + "NgayCapGiayToTuyThan", CivilDates.formatDot(d.issuedOn()));
        CivilJson.put(o, p + "NoiCapGiayToTuyThan", d.issuedBy());
        CivilJson.put(o, p + "SoDDCN", x.personalIdNumber());
        if (x.marriageCount() == null) {
            o.putNull(p + "SoLanKH");
        } else {
            o.put(p + "SoLanKH", x.marriageCount().intValue());
        }
        CivilJson.put(o, p + "LoaiTinhTrangHonNhan", x.maritalStatusType());
        CivilJson.put(o, p + "TinhTrangHonNhan", x.maritalStatus());
        CivilJson.put(o, p + "YeuCauXNTTHN", x.confirmationRequested());
        CivilJson.put(o, p + "NoiXNTTHN", x.confirmationPlace() != null ? x.confirmationPlace() : authority);
    }

    /**
     * Reads {@code DataDKKH}, every listed variant accepted; format problems and rule problems are reported together.
     *
     * @throws PayloadFormatException       not a JSON object, or too large
     * @throws InvalidRegistrationException a field in no accepted format, or a rule broken
     */
    public static MarriageRegistration read(String json) {
        if (json == null || json.length() > MAX) {
            throw new PayloadFormatException("DataDKKH", "missing or over 4 MiB / thiếu hoặc quá lớn", true, null);
        }
        JsonNode n = CivilJson.parse(json);
        if (n == null || !n.isObject()) {
            throw new PayloadFormatException("DataDKKH", "not a JSON object / không phải đối tượng JSON", false, null);
        }
        List<RegistrationProblem> problems = new ArrayList<>();
        Reader r = new Reader(n, problems);
        MarriageRegistration m = new MarriageRegistration(
                r.text("noiDangKy"),
                r.text("ghiChu"),
                r.number("soBanSao", 100),
                r.text("loaiDangKy"),
                r.date("ngayXacLapQuanHeHonNhan"),
                r.number("soLuongBanSao", 100),
                r.party("chong"),
                r.party("vo"),
                r.text("chongCuTruNuocNgoai"));
        problems.addAll(m.problems());
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException("marriage registration (DataDKKH)", problems);
        }
        return m;
    }

    /** Field reader that records what is not in an accepted format (never the value). */
    private record Reader(JsonNode n, List<RegistrationProblem> problems) {
        String text(String f) {
            return CivilJson.text(n, f);
        }

        LocalDate date(String f) {
            try {
                return CivilDates.date(text(f));
            } catch (DateTimeParseException e) {
                problems.add(new RegistrationProblem(
                        "DataDKKH." + f,
                        "DateFormat",
                        "not a date (accepted: dd.MM.yyyy, dd/MM/yyyy, yyyyMMdd, yyyy-MM-dd)",
                        "không phải ngày hợp lệ (dd.MM.yyyy, dd/MM/yyyy, yyyyMMdd, yyyy-MM-dd)"));
                return null;
            }
        }

        Integer number(String f, int max) {
            String v = text(f);
            if (v == null) {
                return null;
            }
            if (!v.matches("-?[0-9]{1,4}")) {
                problems.add(new RegistrationProblem(
                        "DataDKKH." + f,
                        "Number",
                        "not a whole number (0–" + max + ")",
                        "không phải số nguyên (0–" + max + ")"));
                return null;
            }
            return Integer.valueOf(v);
        }

        MarriageParty party(String p) {
            JsonNode a = n.path(p + "NoiCuTru");
            CivilAddress residence = a.isObject()
                    ? new CivilAddress(
                            CivilJson.text(a, "maTinh"),
                            CivilJson.text(a, "maHuyen"),
                            CivilJson.text(a, "maXa"),
                            CivilJson.text(a, "dcChiTiet"))
                    : CivilAddress.ofText(text(p + "NoiCuTru"));
            IdentityDocument d = new IdentityDocument(
                    text(p + "LoaiGiayToTuyThan"),
                    text(p + "SoGiayToTuyThan"),
                    text(p + "GiayToKhac"),
                    date(p + "NgayCapGiayToTuyThan"),
                    text(p + "NoiCapGiayToTuyThan"));
            return new MarriageParty(
                    text(p + "HoTen"),
                    date(p + "NgaySinh"),
                    text(p + "DanToc"),
                    text(p + "DanTocKhac"),
                    text(p + "QuocTich"),
                    text(p + "LoaiCuTru"),
                    residence,
                    d,
                    text(p + "SoDDCN"),
                    number(p + "SoLanKH", 99),
                    text(p + "LoaiTinhTrangHonNhan"),
                    text(p + "TinhTrangHonNhan"),
                    text(p + "YeuCauXNTTHN"),
                    text(p + "NoiXNTTHN"));
        }
    }
}
