package io.github.egovsdk.health;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.vn.Gender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A driving-licence health certificate (giấy khám sức khỏe người lái xe, GKSK) for {@code POST api/hssk/gksk}.
 * Personal data: {@link #toString()} shows only the certificate number.
 *
 * @param number               {@code SO}: {@code <5-digit running number>/GKSKLX/<facility code>/<2-digit year>},
 *                             e.g. {@code 00001/GKSKLX/01000/25}; its facility code must be {@code facilityCode}
 * @param fullName             {@code HOTEN}
 * @param gender               {@code GIOITINHVAL} (coded by the client, see
 *                             {@link HealthCertificateClient.Builder#genderCodes})
 * @param birthDate            {@code NGAYSINH}
 * @param permanentAddress     {@code DIACHITHUONGTRU}
 * @param provinceCode         {@code MATINH_THUONGTRU}
 * @param districtCode         {@code MAHUYEN_THUONGTRU}
 * @param wardCode             {@code MAXA_THUONGTRU}
 * @param idNumber             {@code SOCMND_PASSPORT}: CMND, CCCD or passport number
 * @param idIssueDate          {@code NGAYTHANGNAMCAPCMND}
 * @param idIssuePlace         {@code NOICAP}
 * @param facilityCode         {@code IDBENHVIEN}: the facility's health-insurance code
 * @param facilityName         {@code BENHVIEN}
 * @param alcohol              {@code NONGDOCON}: the alcohol test result
 * @param alcoholUnit          {@code DVINONGDOCON}
 * @param drugPositive         {@code MATUY}: 1 positive, 0 negative
 * @param conclusionDate       {@code NGAYKETLUAN}
 * @param concludingDoctor     {@code BACSYKETLUAN}
 * @param conclusion           {@code KETLUAN} (its value set is not published: free text)
 * @param licenceClass         {@code HANGBANGLAI}
 * @param reExamDate           {@code NGAYKHAMLAI} (optional)
 * @param reasonNotFit         {@code LYDO} (optional)
 * @param currentConditions    {@code TINHTRANGBENH} (optional)
 */
public record DrivingLicenceCertificate(
        String number,
        String fullName,
        Gender gender,
        LocalDate birthDate,
        String permanentAddress,
        String provinceCode,
        String districtCode,
        String wardCode,
        String idNumber,
        LocalDate idIssueDate,
        String idIssuePlace,
        String facilityCode,
        String facilityName,
        String alcohol,
        AlcoholUnit alcoholUnit,
        boolean drugPositive,
        LocalDate conclusionDate,
        String concludingDoctor,
        String conclusion,
        String licenceClass,
        LocalDate reExamDate,
        String reasonNotFit,
        String currentConditions) {

    private static final Pattern NUMBER = Pattern.compile("([0-9]{5})/GKSKLX/([0-9A-Za-z]{5})/([0-9]{2})");

    /** {@code DVINONGDOCON}: the unit of the alcohol result. */
    public enum AlcoholUnit {
        /** {@code 0}: mg/100 ml of blood. */
        MG_PER_100ML_BLOOD("0"),
        /** {@code 1}: mg/1 l of breath. */
        MG_PER_LITRE_BREATH("1");

        private final String code;

        AlcoholUnit(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** @throws ValidationException naming every missing or malformed field */
    public DrivingLicenceCertificate {
        List<Violation> v = new ArrayList<>();
        text(v, "fullName", fullName);
        text(v, "permanentAddress", permanentAddress);
        text(v, "provinceCode", provinceCode);
        text(v, "districtCode", districtCode);
        text(v, "wardCode", wardCode);
        text(v, "idNumber", idNumber);
        text(v, "idIssuePlace", idIssuePlace);
        text(v, "facilityName", facilityName);
        text(v, "alcohol", alcohol);
        text(v, "concludingDoctor", concludingDoctor);
        text(v, "conclusion", conclusion);
        text(v, "licenceClass", licenceClass);
        required(v, "gender", gender);
        required(v, "birthDate", birthDate);
        required(v, "idIssueDate", idIssueDate);
        required(v, "alcoholUnit", alcoholUnit);
        required(v, "conclusionDate", conclusionDate);
        if (facilityCode == null || !facilityCode.matches("[0-9A-Za-z]{5}")) {
            v.add(new Violation(
                    "facilityCode",
                    "Format",
                    "the facility code has 5 characters / mã cơ sở KCB gồm 5" + " ký tự",
                    null));
        }
        var m = number == null ? null : NUMBER.matcher(number);
        if (m == null || !m.matches()) {
            v.add(new Violation(
                    "number",
                    "Format",
                    "the number is NNNNN/GKSKLX/<facility code>/YY, e.g."
                            + " 00001/GKSKLX/01000/25 / số giấy phải theo dạng NNNNN/GKSKLX/<mã CSKCB>/YY",
                    number));
        } else if (facilityCode != null && !m.group(2).equalsIgnoreCase(facilityCode)) {
            v.add(new Violation(
                    "number",
                    "FacilityCode",
                    "the number's facility code must be " + facilityCode + " / mã CSKCB trong số giấy phải là "
                            + facilityCode,
                    number));
        }
        if (birthDate != null && conclusionDate != null && birthDate.isAfter(conclusionDate)) {
            v.add(new Violation(
                    "birthDate",
                    "BeforeConclusion",
                    "the birth date is after the examination / ngày" + " sinh sau ngày khám",
                    null));
        }
        if (reExamDate != null && conclusionDate != null && reExamDate.isBefore(conclusionDate)) {
            v.add(new Violation(
                    "reExamDate",
                    "AfterConclusion",
                    "the re-examination date is before the examination" + " / ngày khám lại trước ngày kết luận",
                    null));
        }
        if (!v.isEmpty()) {
            throw new ValidationException("driving-licence health certificate", v);
        }
    }

    private static void text(List<Violation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "NotBlank", field + " is required / " + field + " là bắt buộc", null));
        } else if (value.length() > 1000 || value.chars().anyMatch(c -> c < 0x20)) {
            v.add(new Violation(
                    field,
                    "Text",
                    field + " must be text without control characters, at most 1000" + " characters / " + field
                            + " không được chứa ký tự điều khiển, tối đa 1000 ký tự",
                    null));
        }
    }

    private static void required(List<Violation> v, String field, Object value) {
        if (value == null) {
            v.add(new Violation(field, "NotNull", field + " is required / " + field + " là bắt buộc", null));
        }
    }

    @Override
    public String toString() {
        return "DrivingLicenceCertificate[" + number + "]";
    }
}
