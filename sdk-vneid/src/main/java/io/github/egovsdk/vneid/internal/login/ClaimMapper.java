package io.github.egovsdk.vneid.internal.login;

import io.github.egovsdk.core.vn.PersonalIdNumber;
import io.github.egovsdk.vneid.login.AccountType;
import io.github.egovsdk.vneid.login.IdentitySource;
import io.github.egovsdk.vneid.login.VerifiedIdentity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps provider claims to {@link VerifiedIdentity}: the portal SSO's Vietnamese claim names (reference §5) and
 * VNeID's user-info names (§6). Only the claims the identity carries are read; the rest (ethnicity, religion,
 * addresses, relatives) are personal data this SDK does not keep.
 */
public final class ClaimMapper {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ofPattern("ddMMyyyy"),
            DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    private static final Pattern LEVEL = Pattern.compile("(?i)(?:loa|ial|level|mức)?\\s*([12])");

    private ClaimMapper() {}

    public static VerifiedIdentity portal(Map<String, Object> c) {
        return new VerifiedIdentity(
                IdentitySource.PORTAL_SSO,
                text(c, "sub"),
                Optional.ofNullable(text(c, "TechID")),
                AccountType.ofCode(text(c, "LoaiTaiKhoan")),
                personalId(text(c, "SoDinhDanh")),
                Optional.ofNullable(text(c, "MaSoThue")),
                text(c, "HoVaTen"),
                date(text(c, "NgayThangNamSinh")),
                level(c.getOrDefault("loAs", c.get("acr"))));
    }

    public static VerifiedIdentity vneid(Map<String, Object> c) {
        String pid = text(c, "citizenPid");
        String subject = text(c, "sub");
        // Never fall back to the personal ID as subject: callers log subjects, and the number is personal data.
        return new VerifiedIdentity(
                IdentitySource.VNEID,
                subject != null ? subject : "",
                Optional.empty(),
                AccountType.ofCode(text(c, "accountType")),
                personalId(pid),
                Optional.empty(),
                text(c, "fullName"),
                date(text(c, "birthDate")),
                level(c.get("accountLevel")));
    }

    static String text(Map<String, Object> c, String name) {
        Object v = c.get(name);
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }

    static Optional<PersonalIdNumber> personalId(String text) {
        if (text == null || !PersonalIdNumber.check(text).valid()) {
            return Optional.empty(); // a missing or malformed number is not an identity claim we can rely on
        }
        return Optional.of(PersonalIdNumber.of(text));
    }

    static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text, f));
            } catch (DateTimeParseException e) {
                // try the next layout: providers differ and none is documented
            }
        }
        return Optional.empty();
    }

    /** The highest level in {@code 2}, {@code "2"}, {@code "LoA2"}, {@code ["LoA1","LoA2"]}; 0 when none. */
    static int level(Object claim) {
        if (claim == null) {
            return 0;
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().mapToInt(ClaimMapper::level).max().orElse(0);
        }
        Matcher m = LEVEL.matcher(String.valueOf(claim).strip().toLowerCase(Locale.ROOT));
        int best = 0;
        while (m.find()) {
            best = Math.max(best, Integer.parseInt(m.group(1)));
        }
        return best;
    }
}
