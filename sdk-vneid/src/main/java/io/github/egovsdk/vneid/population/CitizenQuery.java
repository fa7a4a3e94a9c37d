package io.github.egovsdk.vneid.population;

import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.vn.LegacyIdNumber;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who to check against the national population database (CSDLQG về dân cư): a 12-digit personal ID or an old 9-digit
 * CMND, the full name, and optionally the date of birth. Personal data: {@link #toString()} masks the number and
 * omits the name.
 *
 * @param personalId  số định danh cá nhân; empty when checking by CMND
 * @param legacyId    số CMND (9 digits); empty when checking by personal ID
 * @param fullName    họ và tên, with diacritics as on the card (the adapter's key form is derived from it)
 * @param dateOfBirth ngày sinh, compared when given (year only when the record has only a year)
 */
public record CitizenQuery(Optional<PersonalIdNumber> personalId, Optional<LegacyIdNumber> legacyId, String fullName,
        Optional<LocalDate> dateOfBirth) {

    public CitizenQuery {
        personalId = personalId == null ? Optional.empty() : personalId;
        legacyId = legacyId == null ? Optional.empty() : legacyId;
        dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
        if (personalId.isEmpty() == legacyId.isEmpty()) {
            throw new IllegalArgumentException("Give exactly one of personalId and legacyId");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("fullName is required");
        }
    }

    public static CitizenQuery byPersonalId(PersonalIdNumber id, String fullName, LocalDate dateOfBirth) {
        return new CitizenQuery(Optional.of(Objects.requireNonNull(id, "id")), Optional.empty(), fullName,
                Optional.ofNullable(dateOfBirth));
    }

    public static CitizenQuery byLegacyId(LegacyIdNumber cmnd, String fullName, LocalDate dateOfBirth) {
        return new CitizenQuery(Optional.empty(), Optional.of(Objects.requireNonNull(cmnd, "cmnd")), fullName,
                Optional.ofNullable(dateOfBirth));
    }

    /** The number as sent (personal ID or CMND). */
    public String number() {
        return personalId.map(PersonalIdNumber::value).orElseGet(() -> legacyId.orElseThrow().value());
    }

    @Override
    public String toString() {
        return "CitizenQuery[" + (personalId.isPresent() ? "personalId " : "cmnd ")
                + Redactor.maskPersonalId(number()) + ", name ****" + (dateOfBirth.isPresent() ? ", dob ****" : "")
                + "]";
    }
}
