package io.github.egovsdk.vneid.login;

import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizen or organisation as a login proved it (danh tính đã xác thực). Map accounts by {@link #techId()} (portal)
 * or the personal ID — never by name. Personal data (name, ID, birth date) is masked in {@link #toString()}; keep
 * only what your procedure needs (Decree 13/2023 on personal-data protection).
 *
 * @param source           which login produced it
 * @param subject          the token's {@code sub}; empty when VNeID user info has none (it is never the personal ID)
 * @param techId           the portal's stable technical user id ({@code TechID}); empty for VNeID
 * @param accountType      citizen / enterprise / organisation
 * @param personalId       the 12-digit số định danh cá nhân, when the account has one
 * @param taxCode          mã số thuế (enterprises), when present
 * @param fullName         họ và tên, as the identity provider gives it
 * @param dateOfBirth      when given as a full date (year-only births have none)
 * @param assuranceLevel   the account's level of assurance: 1 or 2 (VNeID mức 1 / mức 2; portal {@code LoA1}/{@code
 *                         LoA2}); 0 when not stated
 */
public record VerifiedIdentity(
        IdentitySource source,
        String subject,
        Optional<String> techId,
        AccountType accountType,
        Optional<PersonalIdNumber> personalId,
        Optional<String> taxCode,
        String fullName,
        Optional<LocalDate> dateOfBirth,
        int assuranceLevel) {

    public VerifiedIdentity {
        techId = techId == null ? Optional.empty() : techId;
        personalId = personalId == null ? Optional.empty() : personalId;
        taxCode = taxCode == null ? Optional.empty() : taxCode;
        dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
    }

    /** True for a level-2 account (mức 2: identity verified in person) — what most procedures require. */
    public boolean isLevel2() {
        return assuranceLevel >= 2;
    }

    @Override
    public String toString() {
        return "VerifiedIdentity[" + source + ", " + accountType + ", level " + assuranceLevel + ", id "
                + personalId.map(p -> Redactor.maskPersonalId(p.value())).orElse("-") + ", name "
                + (fullName == null || fullName.isBlank() ? "-" : "****") + "]";
    }
}
