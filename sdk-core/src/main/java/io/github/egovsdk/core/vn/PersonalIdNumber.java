package io.github.egovsdk.core.vn;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.privacy.Redactor;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 12-digit personal identification number (số định danh cá nhân), also the number of the chip ID card
 * (CCCD / thẻ căn cước).
 *
 * <p>Structure (Decree 137/2015/NĐ-CP Art. 13, Circular 07/2016/TT-BCA and 59/2021/TT-BCA): digits 1–3 the code of
 * the province where the birth was registered ({@link Province}; a country code for births registered abroad),
 * digit 4 the century of birth and gender (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, …), digits 5–6 the
 * last two digits of the birth year, digits 7–12 a random block. <b>There is no check digit</b>: a well-formed
 * number is not proof that it exists — only the population database can say that.
 *
 * <p>{@link #toString()} is masked ({@code 001******345}); use {@link #value()} only where the full number is needed.
 *
 * <p>Example:
 * <pre>{@code
 * PersonalIdNumber.Result r = PersonalIdNumber.check("001099012345");
 * r.valid();                    // true
 * r.province();                 // Optional[Province 001 Hà Nội]
 * r.gender(); r.birthYear();    // MALE, 1999
 * PersonalIdNumber.of("001099012345").toString();   // "001******345" — masked wherever it is printed
 * }</pre>
 */
public final class PersonalIdNumber {
    private final String value;
    private final Result facts;

    private PersonalIdNumber(String value, Result facts) {
        this.value = value;
        this.facts = facts;
    }

    /** What a number says and which rules it breaks. Never throws on user text. */
    public record Result(
            String input,
            boolean valid,
            List<IdRuleViolation> errors,
            List<IdRuleViolation> warnings,
            String provinceCode,
            Optional<Province> province,
            Gender gender,
            Integer century,
            Integer birthYear) {
        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        @Override
        public String toString() {
            return "PersonalIdNumber.Result[" + Redactor.maskPersonalId(input) + ", valid=" + valid + ", errors="
                    + errors.stream().map(IdRuleViolation::rule).toList() + "]";
        }
    }

    /** Checks user text (surrounding spaces ignored) against every rule; the current year bounds the birth year. */
    public static Result check(String text) {
        return check(text, Clock.systemDefaultZone());
    }

    public static Result check(String text, Clock clock) {
        String input = text == null ? "" : text.strip();
        List<IdRuleViolation> errors = new ArrayList<>();
        List<IdRuleViolation> warnings = new ArrayList<>();
        if (input.length() != 12) {
            errors.add(new IdRuleViolation(
                    "LENGTH",
                    "A personal ID number has exactly 12 digits, got " + input.length(),
                    "Số định danh cá nhân phải có đúng 12 chữ số, nhận được " + input.length()));
        }
        if (!input.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(new IdRuleViolation(
                    "DIGITS", "A personal ID number has digits only", "Số định danh cá nhân chỉ gồm chữ số"));
        }
        if (!errors.isEmpty()) {
            return new Result(input, false, errors, warnings, null, Optional.empty(), null, null, null);
        }
        String code = input.substring(0, 3);
        Optional<Province> province = Province.byCode(code);
        if (code.equals("000")) {
            errors.add(new IdRuleViolation(
                    "PROVINCE_CODE",
                    "000 is not a province or country code",
                    "000 không phải mã tỉnh hoặc mã quốc gia"));
        } else if (province.isEmpty()) {
            warnings.add(new IdRuleViolation(
                    "UNKNOWN_PROVINCE_CODE",
                    "Code " + code
                            + " is not one of the 63 province codes (may be a country code for a birth registered "
                            + "abroad)",
                    "Mã " + code + " không thuộc 63 mã tỉnh (có thể là mã quốc gia nếu khai sinh ở nước ngoài)"));
        }
        int centuryDigit = input.charAt(3) - '0';
        int century = 20 + centuryDigit / 2;
        Gender gender = centuryDigit % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        int birthYear = (century - 1) * 100 + Integer.parseInt(input.substring(4, 6));
        if (birthYear > Year.now(clock).getValue()) {
            errors.add(new IdRuleViolation(
                    "BIRTH_YEAR_IN_FUTURE",
                    "Digits 4–6 give birth year " + birthYear + ", which is in the future",
                    "Chữ số 4–6 cho năm sinh " + birthYear + ", là năm trong tương lai"));
        }
        return new Result(input, errors.isEmpty(), errors, warnings, code, province, gender, century, birthYear);
    }

    /** Parses a number that must be valid, or throws {@link ValidationException} listing every broken rule. */
    public static PersonalIdNumber of(String text) {
        Result r = check(text);
        if (!r.valid()) {
            throw new ValidationException(
                    "personal ID number " + Redactor.maskPersonalId(r.input()),
                    r.errors().stream()
                            .map(e -> new Violation(
                                    "personalId", e.rule(), e.message(), Redactor.maskPersonalId(r.input())))
                            .toList());
        }
        return new PersonalIdNumber(r.input(), r);
    }

    /** The full 12 digits. Personal data: do not log. */
    public String value() {
        return value;
    }

    public String masked() {
        return Redactor.maskPersonalId(value);
    }

    public String provinceCode() {
        return facts.provinceCode();
    }

    public Optional<Province> province() {
        return facts.province();
    }

    public Gender gender() {
        return facts.gender();
    }

    public int birthYear() {
        return facts.birthYear();
    }

    public int century() {
        return facts.century();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalIdNumber p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
