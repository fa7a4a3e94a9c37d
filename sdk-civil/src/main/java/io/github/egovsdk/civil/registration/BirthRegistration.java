package io.github.egovsdk.civil.registration;

import io.github.egovsdk.civil.CivilModule;
import java.time.LocalDate;

/**
 * A birth registration (đăng ký khai sinh) as the interconnected-service software (DVCLT) hands it over, decoded from
 * the {@code hoTich} XML of module {@code KS} (Decree 63/2024/NĐ-CP; field list as a production one-stop system reads
 * it). No schema of the payload is published, so every field may be absent; the SDK requires only what the hand-off
 * to the Ministry of Justice needs — {@code noiDangKy}, {@code nksHoTen}, {@code nksNgaySinh}, {@code nycHoTen}.
 * {@link #toString()} shows no personal data.
 *
 * @param birthCertificateId     mã giấy chứng sinh from the hospital ({@code maGCS})
 * @param birthCertificateDate   its issue date ({@code ngayCapGCS}, sent as {@code yyyyMMdd})
 * @param registrationType       loại đăng ký code, as sent (code list unpublished)
 * @param registrationAuthority  nơi đăng ký: the registering unit's code ({@code noiDangKy})
 * @param copies                 extract copies requested (số lượng bản sao); null when not sent
 * @param child                  người được khai sinh
 * @param mother                 mẹ
 * @param father                 cha (may be {@link Parent#isEmpty() empty})
 * @param requester              người yêu cầu
 */
public record BirthRegistration(
        String birthCertificateId,
        LocalDate birthCertificateDate,
        String registrationType,
        String registrationAuthority,
        Integer copies,
        Child child,
        Parent mother,
        Parent father,
        Requester requester)
        implements CivilRegistration {

    /**
     * The child (người được khai sinh, {@code nks*} fields).
     *
     * @param name             họ tên
     * @param sex              giới tính code, as sent (code list unpublished)
     * @param birthDate        ngày sinh ({@code dd.MM.yyyy} observed; other listed formats accepted)
     * @param birthDateInWords ngày sinh bằng chữ
     * @param placeOfBirth     nơi sinh, text
     * @param placeOfBirthCode nơi sinh administrative code ({@code nksNoiSinhDVHC})
     * @param placeOfBirthAbroad nơi sinh ở nước ngoài
     * @param homeTown         quê quán, text
     * @param ethnicity        dân tộc code; {@code ethnicityOther} in words
     * @param nationality      quốc tịch code; {@code nationalityOther} in words
     * @param birthKind        loại khai sinh code, as sent
     */
    public record Child(
            String name,
            String sex,
            LocalDate birthDate,
            String birthDateInWords,
            String placeOfBirth,
            String placeOfBirthCode,
            String placeOfBirthAbroad,
            String homeTown,
            String ethnicity,
            String ethnicityOther,
            String nationality,
            String nationalityOther,
            String birthKind) {

        @Override
        public String toString() {
            return "Child[sex=" + sex + "]";
        }
    }

    @Override
    public CivilModule module() {
        return CivilModule.BIRTH;
    }

    @Override
    public String subjectName() {
        return child.name();
    }

    @Override
    public LocalDate subjectBirthDate() {
        return child.birthDate();
    }

    @Override
    public String toString() {
        return "BirthRegistration[authority=" + registrationAuthority + ", type=" + registrationType + ", child="
                + child + ", requester=" + requester + "]";
    }
}
