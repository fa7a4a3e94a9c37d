package io.github.egovsdk.vneid.population;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.validation.Validation;
import io.github.egovsdk.core.vn.LegacyIdNumber;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a citizen declared, to be checked against the national population database (CSDLQG về dân cư): the 12-digit
 * số định danh cá nhân <em>or</em> the old 9-digit số CMND, plus họ và tên and ngày sinh. Personal data: {@link
 * #toString()} masks the number and shows neither the name nor the date.
 *
 * @param personalId  số định danh cá nhân; exactly one of {@code personalId} and {@code legacyId}
 * @param legacyId    số chứng minh nhân dân (CMND) cũ, for citizens who have not yet got a CCCD
 * @param fullName    họ, chữ đệm và tên khai sinh, as declared (diacritics and case do not matter)
 * @param dateOfBirth ngày sinh
 */
public record CitizenQuery(
        PersonalIdNumber personalId,
        LegacyIdNumber legacyId,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @PastOrPresent LocalDate dateOfBirth) {

    /**
     * @throws ValidationException naming each field and broken rule (e.g. {@code fullName: NotBlank}, or
     *                             {@code personalId: ExactlyOneId} when both or neither number is given)
     */
    public CitizenQuery {
        List<Violation> violations = new ArrayList<>();
        if ((personalId == null) == (legacyId == null)) {
            violations.add(new Violation(
                    "personalId",
                    "ExactlyOneId",
                    "give exactly one of personalId (12 digits)"
                            + " and legacyId (9-digit CMND) / cần đúng một trong hai: số định danh hoặc số CMND",
                    null));
        }
        violations.addAll(Validation.violations(new Fields(fullName, dateOfBirth), Locale.ENGLISH));
        if (!violations.isEmpty()) {
            throw new ValidationException("citizen query", violations);
        }
    }

    /** By the 12-digit personal ID (the number is checked: length, digits, province code, birth year). */
    public static CitizenQuery byPersonalId(String personalId, String fullName, LocalDate dateOfBirth) {
        return new CitizenQuery(PersonalIdNumber.of(personalId), null, fullName, dateOfBirth);
    }

    /** By the old 9-digit CMND number. */
    public static CitizenQuery byLegacyId(String cmnd, String fullName, LocalDate dateOfBirth) {
        return new CitizenQuery(null, LegacyIdNumber.of(cmnd), fullName, dateOfBirth);
    }

    public Optional<PersonalIdNumber> personalIdNumber() {
        return Optional.ofNullable(personalId);
    }

    public Optional<LegacyIdNumber> legacyIdNumber() {
        return Optional.ofNullable(legacyId);
    }

    @Override
    public String toString() {
        String id = personalId != null ? personalId.masked() : Redactor.maskPersonalId(legacyId.value());
        return "CitizenQuery[" + id + ", name ****, dateOfBirth ****]";
    }

    /** The annotated fields, validated by Jakarta Validation before the record exists. */
    private record Fields(
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @PastOrPresent LocalDate dateOfBirth) {}
}
