package io.github.egovsdk.civil.registration;

import io.github.egovsdk.civil.CivilModule;
import java.time.LocalDate;

/**
 * A death registration (đăng ký khai tử) as the interconnected-service software (DVCLT) hands it over, decoded from
 * the {@code hoTich} XML of module {@code KT}. No schema is published, so every field may be absent; the SDK requires
 * what the hand-off needs — {@code noiDangKy}, {@code nktHoTen}, {@code nktNgayChet}, {@code nycHoTen}.
 * {@link #toString()} shows no personal data.
 *
 * @param deathNoticeId         mã giấy báo tử ({@code maGBT})
 * @param deathNoticeDate       its date ({@code ngayCapGBT}, sent as {@code yyyyMMdd})
 * @param registrationType      loại đăng ký code, as sent
 * @param registrationAuthority nơi đăng ký ({@code noiDangKy})
 * @param copies                số lượng bản sao; null when not sent
 * @param deceased              người được khai tử
 * @param notice                the death-notice document declared (giấy báo tử: {@code gbt*})
 * @param requester             người yêu cầu
 */
public record DeathRegistration(
        String deathNoticeId,
        LocalDate deathNoticeDate,
        String registrationType,
        String registrationAuthority,
        Integer copies,
        Deceased deceased,
        DeathNotice notice,
        Requester requester)
        implements CivilRegistration {

    /**
     * The deceased ({@code nkt*} fields). The date and time of death formats are not published: dates accept
     * {@code dd.MM.yyyy}, {@code dd/MM/yyyy}, {@code yyyyMMdd}, {@code yyyy-MM-dd}; the hour-minute
     * ({@code nktGioPhutChet}) is kept as sent.
     */
    public record Deceased(
            String name,
            String sex,
            LocalDate birthDate,
            String ethnicity,
            String ethnicityOther,
            String nationality,
            String nationalityOther,
            String residenceType,
            String residence,
            IdentityDocument document,
            LocalDate deathDate,
            String deathTime,
            String placeOfDeath,
            String cause,
            String verified) {

        @Override
        public String toString() {
            return "Deceased[sex=" + sex + ", document=" + document + "]";
        }
    }

    /** Giấy báo tử: type ({@code gbtLoai}), number ({@code gbtSo}), date ({@code gbtNgay}), issuer. */
    public record DeathNotice(String type, String number, LocalDate date, String issuedBy) {}

    @Override
    public CivilModule module() {
        return CivilModule.DEATH;
    }

    @Override
    public String subjectName() {
        return deceased.name();
    }

    @Override
    public LocalDate subjectBirthDate() {
        return deceased.birthDate();
    }

    /** The date of death. */
    public LocalDate deathDate() {
        return deceased.deathDate();
    }

    @Override
    public String toString() {
        return "DeathRegistration[authority=" + registrationAuthority + ", deceased=" + deceased + ", requester="
                + requester + "]";
    }
}
