package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.privacy.Redactor;
import java.util.List;

/**
 * The PACE Card Access Number (CAN, ICAO 9303 Part 11). The CCCD / thẻ căn cước prints no CAN; the convention used by
 * independent readers is <b>CAN = the last 6 digits of the 12-digit personal ID</b> (reference §3.3). Use it with the
 * PACE algorithm and parameters read from EF.CardAccess; fall back to BAC with {@link MrzAccessKey}.
 *
 * <p>Derived from personal data: {@link #toString()} shows no digit. Immutable.
 */
public final class CardAccessNumber {
    private final String value;

    private CardAccessNumber(String value) {
        this.value = value;
    }

    /** A CAN typed by the user or printed on a document: exactly 6 digits. */
    public static CardAccessNumber of(String can) {
        String s = can == null ? "" : can.strip();
        if (!s.matches("\\d{6}")) {
            throw new ValidationException(
                    "card access number",
                    List.of(new Violation(
                            "can",
                            "CAN.format",
                            "A CAN has exactly 6 digits / CAN gồm đúng 6 chữ số",
                            "*".repeat(s.length()))));
        }
        return new CardAccessNumber(s);
    }

    /**
     * The CAN of a CCCD from its 12-digit personal ID (số định danh cá nhân): its last 6 digits.
     *
     * @throws ValidationException when the ID is not 12 digits
     */
    public static CardAccessNumber fromPersonalId(String personalId) {
        String s = personalId == null ? "" : personalId.strip();
        if (!s.matches("\\d{12}")) {
            throw new ValidationException(
                    "personal ID number",
                    List.of(new Violation(
                            "personalId",
                            "PersonalId.format",
                            "A personal ID number has exactly 12 digits / Số định danh cá nhân gồm đúng 12 chữ số",
                            Redactor.maskPersonalId(s))));
        }
        return new CardAccessNumber(s.substring(6));
    }

    /** The 6 digits, the PACE password. Do not log. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardAccessNumber c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "CardAccessNumber[******]";
    }
}
