package io.github.egovsdk.civil.registration;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.internal.MarriageWire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A marriage registration (đăng ký kết hôn) as a one-stop system pushes it to the Ministry of Justice's civil-status
 * software: module {@code LTKH} of {@code NhanDKHT}, its {@code data} the {@code DataDKKH} JSON (field list as a
 * production one-stop system sends it). Marriages are filed at the one-stop office, not handed over by the DVCLT
 * software. {@link #toString()} shows no personal data.
 *
 * <p>Dates are written {@code dd.MM.yyyy} (confirmed for {@code NgaySinh} and {@code NgayCapGiayToTuyThan}; the
 * format of {@code ngayXacLapQuanHeHonNhan} is not published, the SDK writes it the same way). When reading a
 * {@code DataDKKH} ({@link #parse}) every listed variant is accepted: {@code dd.MM.yyyy}, {@code dd/MM/yyyy},
 * {@code yyyyMMdd}, {@code yyyy-MM-dd}; {@code soBanSao} and {@code SoLanKH} as numbers or numeric strings;
 * {@code NoiCuTru} as an address object or plain text; {@code chongCuTruNuocNgoai} (its type is not published) as
 * any scalar, kept as text.
 *
 * @param registrationAuthority nơi đăng ký ({@code noiDangKy}, also sent as {@code maDonVi}); required
 * @param note                  ghi chú
 * @param extractCopies         số bản sao ({@code soBanSao}, an integer 0–100); null when not asked
 * @param registrationType      loại đăng ký code, as given (code list unpublished)
 * @param relationshipSince     ngày xác lập quan hệ hôn nhân (format unpublished; written {@code dd.MM.yyyy})
 * @param copies                số lượng bản sao ({@code soLuongBanSao}, 0–100, sent as a string)
 * @param husband               bên chồng ({@code chong*})
 * @param wife                  bên vợ ({@code vo*})
 * @param husbandResidesAbroad  chồng cư trú ở nước ngoài ({@code chongCuTruNuocNgoai}), as given
 */
public record MarriageRegistration(
        String registrationAuthority,
        String note,
        Integer extractCopies,
        String registrationType,
        LocalDate relationshipSince,
        Integer copies,
        MarriageParty husband,
        MarriageParty wife,
        String husbandResidesAbroad) {
    private static final Pattern PERSONAL_ID = Pattern.compile("[0-9]{12}");

    public CivilModule module() {
        return CivilModule.MARRIAGE;
    }

    /**
     * Reads a {@code DataDKKH} JSON object (as found in a {@code NhanDKHT} push's {@code data}), accepting every
     * listed variant (see the class comment).
     *
     * @throws PayloadFormatException       when it is not a JSON object (or over 4 MiB)
     * @throws InvalidRegistrationException when it breaks a rule (every field named)
     */
    public static MarriageRegistration parse(String dataDkkhJson) {
        MarriageRegistration m = MarriageWire.read(dataDkkhJson);
        m.requireValid();
        return m;
    }

    /** Everything wrong with this registration, each field named ({@code DataDKKH.chongHoTen} …); empty when valid. */
    public List<RegistrationProblem> problems() {
        List<RegistrationProblem> p = new ArrayList<>();
        if (registrationAuthority == null || registrationAuthority.isBlank()) {
            p.add(required("noiDangKy", "the registration authority", "Nơi đăng ký"));
        }
        count(p, "soBanSao", extractCopies);
        count(p, "soLuongBanSao", copies);
        party(p, "chong", husband, "the husband", "chồng");
        party(p, "vo", wife, "the wife", "vợ");
        return p;
    }

    /** Throws {@link InvalidRegistrationException} naming every problem; returns this when valid. */
    public MarriageRegistration requireValid() {
        List<RegistrationProblem> p = problems();
        if (!p.isEmpty()) {
            throw new InvalidRegistrationException("marriage registration (DataDKKH)", p);
        }
        return this;
    }

    private static void party(List<RegistrationProblem> p, String prefix, MarriageParty x, String en, String vi) {
        if (x == null) {
            p.add(required(prefix + "HoTen", en + "'s details", "Thông tin bên " + vi));
            return;
        }
        if (x.name() == null || x.name().isBlank()) {
            p.add(required(prefix + "HoTen", en + "'s name", "Họ tên " + vi));
        }
        if (x.birthDate() == null) {
            p.add(required(prefix + "NgaySinh", en + "'s date of birth", "Ngày sinh của " + vi));
        }
        if (blank(x.document().number()) && blank(x.document().otherDocument())) {
            p.add(required(
                    prefix + "SoGiayToTuyThan",
                    en + "'s identity document number (or GiayToKhac)",
                    "Số giấy tờ tùy thân của " + vi + " (hoặc giấy tờ khác)"));
        }
        if (!blank(x.personalIdNumber())
                && !PERSONAL_ID.matcher(x.personalIdNumber().strip()).matches()) {
            p.add(new RegistrationProblem(
                    "DataDKKH." + prefix + "SoDDCN",
                    "PersonalId",
                    en + "'s personal ID number must have 12 digits",
                    "Số định danh cá nhân của " + vi + " phải gồm 12 chữ số"));
        }
        if (x.marriageCount() != null && (x.marriageCount() < 0 || x.marriageCount() > 99)) {
            p.add(new RegistrationProblem(
                    "DataDKKH." + prefix + "SoLanKH",
                    "Range",
                    "the number of marriages must be 0–99",
                    "Số lần kết hôn phải từ 0 đến 99"));
        }
        if (x.birthDate() != null
                && x.document().issuedOn() != null
                && x.document().issuedOn().isBefore(x.birthDate())) {
            p.add(new RegistrationProblem(
                    "DataDKKH." + prefix + "NgayCapGiayToTuyThan",
                    "Order",
                    "the document is dated before " + en + "'s birth",
                    "Ngày cấp giấy tờ trước ngày sinh của " + vi));
        }
    }

    private static void count(List<RegistrationProblem> p, String field, Integer n) {
        if (n != null && (n < 0 || n > 100)) {
            p.add(new RegistrationProblem(
                    "DataDKKH." + field,
                    "Range",
                    "not a number of copies (0–100)",
                    "không phải số bản sao hợp lệ (0–100)"));
        }
    }

    private static RegistrationProblem required(String field, String en, String vi) {
        return new RegistrationProblem("DataDKKH." + field, "Required", en + " is required", vi + " là bắt buộc");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "MarriageRegistration[authority=" + registrationAuthority + ", type=" + registrationType + ", husband="
                + husband + ", wife=" + wife + "]";
    }
}
