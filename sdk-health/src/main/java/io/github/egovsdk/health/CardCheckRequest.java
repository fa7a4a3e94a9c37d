package io.github.egovsdk.health;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A health-insurance card check (tra cứu thẻ BHYT) for {@code KQNhanLichSuKCB2024}: the patient's card number
 * (mã thẻ BHYT) <em>or</em> 12-digit personal ID (số định danh cá nhân — the chip ID card stands in for the card),
 * their name and birth date, and — since 01/08/2024 (Công văn 1923/BHXH-CNTT) — the name and personal ID of the
 * registered officer performing the check ({@code hoTenCb}, {@code cccdCb}). Personal data: {@link #toString()}
 * masks the numbers and hides the names.
 *
 * @param cardNumber        mã thẻ: 2 letters (object code), 1 digit (benefit), 2 digits (province), 10 digits;
 *                          a longer printed code is cut to its first 15 characters, as clients do
 * @param personalId        số định danh, when checking by the chip ID card instead of a card number
 * @param fullName          họ tên of the holder
 * @param birthDate         ngày sinh (full date or year)
 * @param officerName       họ tên cán bộ tra cứu
 * @param officerPersonalId số CCCD of that officer (registered with the facility's account)
 */
public record CardCheckRequest(
        String cardNumber,
        PersonalIdNumber personalId,
        String fullName,
        BirthDate birthDate,
        String officerName,
        PersonalIdNumber officerPersonalId) {

    /** @throws ValidationException naming every field that breaks a rule */
    public CardCheckRequest {
        List<Violation> v = new ArrayList<>();
        if ((cardNumber == null || cardNumber.isBlank()) == (personalId == null)) {
            v.add(new Violation(
                    "cardNumber",
                    "ExactlyOne",
                    "give exactly one of cardNumber and personalId / cần"
                            + " đúng một trong hai: mã thẻ BHYT hoặc số định danh",
                    null));
        } else if (cardNumber != null) {
            String c = cardNumber.strip().toUpperCase(Locale.ROOT);
            c = c.length() > 15 ? c.substring(0, 15) : c;
            if (!c.matches("[A-Z]{2}[0-9]{13}")) {
                v.add(new Violation(
                        "cardNumber",
                        "Format",
                        "a card number is 2 letters and 13 digits (e.g."
                                + " XX0000000000000) / mã thẻ BHYT gồm 2 chữ cái và 13 chữ số",
                        Redactor.maskPersonalId(c)));
            }
            cardNumber = c;
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            v.add(new Violation(
                    "fullName",
                    "NotBlank",
                    "the holder's full name is required (at most 200" + " characters) / cần họ tên người có thẻ",
                    null));
        }
        if (birthDate == null) {
            v.add(new Violation("birthDate", "NotNull", "the birth date is required / cần ngày sinh", null));
        }
        if (officerName == null || officerName.isBlank() || officerName.length() > 200) {
            v.add(new Violation(
                    "officerName",
                    "NotBlank",
                    "the checking officer's full name is required since"
                            + " 01/08/2024 / cần họ tên cán bộ tra cứu (bắt buộc từ 01/08/2024)",
                    null));
        }
        if (officerPersonalId == null) {
            v.add(new Violation(
                    "officerPersonalId",
                    "NotNull",
                    "the checking officer's 12-digit personal ID is"
                            + " required since 01/08/2024 / cần số CCCD của cán bộ tra cứu (bắt buộc từ 01/08/2024)",
                    null));
        }
        if (!v.isEmpty()) {
            throw new ValidationException("health-insurance card check", v);
        }
        fullName = fullName.strip();
        officerName = officerName.strip();
    }

    /** By card number. */
    public static CardCheckRequest byCard(
            String cardNumber, String fullName, BirthDate birthDate, String officerName, String officerPersonalId) {
        return new CardCheckRequest(cardNumber, null, fullName, birthDate, officerName, id(officerPersonalId));
    }

    /** By the 12-digit personal ID read from the chip ID card (or its QR). */
    public static CardCheckRequest byPersonalId(
            String personalId, String fullName, BirthDate birthDate, String officerName, String officerPersonalId) {
        return new CardCheckRequest(
                null, PersonalIdNumber.of(personalId), fullName, birthDate, officerName, id(officerPersonalId));
    }

    private static PersonalIdNumber id(String officerId) {
        return officerId == null ? null : PersonalIdNumber.of(officerId);
    }

    /** The value sent as {@code maThe}: the card number, or the personal ID. */
    public String cardOrId() {
        return cardNumber != null ? cardNumber : personalId.value();
    }

    @Override
    public String toString() {
        return "CardCheckRequest[" + Redactor.maskPersonalId(cardOrId()) + ", name ****, officer "
                + Objects.requireNonNull(officerPersonalId).masked() + "]";
    }
}
