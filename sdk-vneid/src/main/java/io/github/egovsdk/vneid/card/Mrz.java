package io.github.egovsdk.vneid.card;

import io.github.egovsdk.core.privacy.Redactor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The TD1 machine-readable zone (3 × 30) of a CCCD / căn cước card, ICAO 9303 Part 5, with the Vietnamese line-1
 * layout: positions 6–14 the last 9 digits of the personal ID and their check digit, 16–27 the full 12-digit ID, 30
 * its check digit. Every check digit (weights 7-3-1) is verified and reported; the standard TD1 reading (optional
 * data) is used when line 1 is not in the Vietnamese layout.
 *
 * <p>Example:
 * <pre>{@code
 * Mrz mrz = Mrz.parse("IDVNM0990123459001099012345<<0", "9901018M3901016VNM<<<<<<<<<<<0",
 *         "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<");
 * mrz.valid();          // every check digit (checkDigits() names each one)
 * mrz.personalId();     // "001099012345"
 * }</pre>
 *
 * @param valid          every field well formed and every check digit correct
 * @param documentNumber positions 6–14 of line 1
 * @param personalId     the 12-digit ID (personal data — {@link #toString()} masks it), or null
 * @param dateOfBirth    YYMMDD resolved to the past century when in the future
 * @param expiryDate     YYMMDD in 2000–2099
 * @param gender         MALE, FEMALE or UNSPECIFIED
 * @param nationality    e.g. VNM
 * @param names          SURNAME{@code <<}GIVEN names with spaces
 * @param checkDigits    documentNumber, personalId (VN layout), dateOfBirth, expiryDate, composite → correct?
 * @param errors         what is wrong
 */
public record Mrz(
        boolean valid,
        String documentNumber,
        String personalId,
        LocalDate dateOfBirth,
        LocalDate expiryDate,
        String gender,
        String nationality,
        String names,
        Map<String, Boolean> checkDigits,
        List<String> errors) {

    public Mrz {
        checkDigits = Map.copyOf(checkDigits);
        errors = List.copyOf(errors);
    }

    /** ICAO 9303 check digit: weights 7, 3, 1; digits as is, A–Z = 10–35, {@code <} = 0. */
    public static int checkDigit(String s) {
        int[] w = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
            sum += v * w[i % 3];
        }
        return sum % 10;
    }

    /** Parses three lines; never throws on user input. Two-digit birth years are resolved against today. */
    public static Mrz parse(String line1, String line2, String line3) {
        return parse(line1, line2, line3, Clock.systemDefaultZone());
    }

    /**
     * Parses three lines; never throws on user input. A two-digit birth year later than {@code clock}'s year is in
     * the previous century (the MRZ has no century).
     */
    public static Mrz parse(String line1, String line2, String line3, Clock clock) {
        int currentYear = LocalDate.now(clock).getYear();
        List<String> errors = new ArrayList<>();
        String l1 = normalise(line1);
        String l2 = normalise(line2);
        String l3 = normalise(line3);
        if (l1.length() != 30 || l2.length() != 30 || l3.length() != 30) {
            errors.add(
                    "TD1 lines have 30 characters each, got " + l1.length() + ", " + l2.length() + ", " + l3.length());
            return new Mrz(false, null, null, null, null, null, null, null, Map.of(), errors);
        }
        Map<String, Boolean> checks = new LinkedHashMap<>();
        if (!l1.startsWith("I")) {
            errors.add("Line 1 does not start with a document code I…");
        }
        String docNumber = l1.substring(5, 14);
        checks.put("documentNumber", digit(l1.charAt(14)) == checkDigit(docNumber));
        String personalId = null;
        String vnId = l1.substring(15, 27);
        if (vnId.matches("\\d{12}") && l1.startsWith("<<", 27)) {
            personalId = vnId;
            checks.put("personalId", digit(l1.charAt(29)) == checkDigit(l1.substring(15, 29)));
            if (!vnId.endsWith(docNumber)) {
                errors.add("The document number is not the last 9 digits of the personal ID");
            }
        }
        String dob = l2.substring(0, 6);
        String exp = l2.substring(8, 14);
        checks.put("dateOfBirth", digit(l2.charAt(6)) == checkDigit(dob));
        checks.put("expiryDate", digit(l2.charAt(14)) == checkDigit(exp));
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        checks.put("composite", digit(l2.charAt(29)) == checkDigit(composite));
        checks.forEach((k, ok) -> {
            if (!ok) {
                errors.add("Check digit of " + k + " is wrong");
            }
        });
        LocalDate birth = yymmdd(dob, true, currentYear, errors, "dateOfBirth");
        LocalDate expiry = yymmdd(exp, false, currentYear, errors, "expiryDate");
        String gender =
                switch (l2.charAt(7)) {
                    case 'M' -> "MALE";
                    case 'F' -> "FEMALE";
                    case '<' -> "UNSPECIFIED";
                    default -> {
                        errors.add("Sex must be M, F or <");
                        yield null;
                    }
                };
        String names =
                l3.replaceAll("<+$", "").replace("<<", ", ").replace('<', ' ').strip();
        return new Mrz(
                errors.isEmpty(),
                docNumber,
                personalId,
                birth,
                expiry,
                gender,
                l2.substring(15, 18),
                names,
                checks,
                errors);
    }

    private static String normalise(String line) {
        return line == null ? "" : line.strip().toUpperCase(Locale.ROOT);
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static LocalDate yymmdd(String s, boolean past, int currentYear, List<String> errors, String field) {
        try {
            int yy = Integer.parseInt(s.substring(0, 2));
            int year = 2000 + yy;
            if (past && year > currentYear) {
                year -= 100;
            }
            return LocalDate.of(year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
        } catch (RuntimeException e) {
            errors.add(field + " '" + s + "' is not a YYMMDD date");
            return null;
        }
    }

    @Override
    public String toString() {
        return "Mrz[valid=" + valid + ", documentNumber=" + Redactor.maskPersonalId(documentNumber) + ", personalId="
                + Redactor.maskPersonalId(personalId) + ", checkDigits=" + checkDigits + "]";
    }
}
