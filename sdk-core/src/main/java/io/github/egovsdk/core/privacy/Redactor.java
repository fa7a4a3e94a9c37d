package io.github.egovsdk.core.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data and secrets before anything reaches a log, an exception message or a report.
 *
 * <ul>
 *   <li>12-digit personal ID numbers (số định danh cá nhân) and 9-digit CMND numbers keep their first 3 and last 3
 *       digits: {@code 001099012345} → {@code 001******345};</li>
 *   <li>Vietnamese phone numbers keep their last 3 digits;</li>
 *   <li>bearer tokens, JWTs, and the values of secret JSON fields and form parameters ({@code access_token},
 *       {@code password}, {@code client_secret}, …) become {@code ****};</li>
 *   <li>personal names in JSON ({@code HoVaTen}, {@code fullName}, {@code Ho}/{@code ChuDem}/{@code Ten}, …) become
 *       {@code ****};</li>
 *   <li>{@link #redactHeader(String, String)} hides {@code Authorization}, cookies, HMAC and any header whose name
 *       says token, secret, key, signature or password.</li>
 * </ul>
 * Thread-safe and stateless.
 *
 * <p>Example:
 * <pre>{@code
 * Redactor.maskPersonalId("001099012345");          // "001******345"
 * log.info("reply: {}", Redactor.redact(text));     // ID numbers, tokens and secrets in the text masked
 * }</pre>
 */
public final class Redactor {
    private static final String MASK = "****";
    private static final Pattern PERSONAL_ID = Pattern.compile("(?<![0-9])([0-9]{3})([0-9]{6})([0-9]{3})(?![0-9])");
    private static final Pattern CMND = Pattern.compile("(?<![0-9])([0-9]{3})([0-9]{3})([0-9]{3})(?![0-9])");
    private static final Pattern PHONE =
            Pattern.compile("(?<![0-9])(\\+84|0084|0)([35789][0-9])([0-9]{4})([0-9]{3})(?![0-9])");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
    private static final Pattern SECRET_JSON = Pattern.compile(
            "(?i)(\"(?:[a-z_]*token|[a-z_]*secret|password|passwd|pin|api[_-]?key|code_verifier|code|encrypt_key|"
                    + "private[_-]?key|hash-header|XroadVnpt-hash-header|session|MaXacThuc)\"\\s*:\\s*\")([^\"]*)(\")");
    /** Personal names in JSON (portal, VNeID, population DB): a name identifies a person as much as a number. */
    private static final Pattern NAME_JSON = Pattern.compile(
            "(\"(?:HoVaTen|HoTen|hoTen|hoVaTen|fullName|full_name|ChuDem|Ho|Ten|TenCongDan|hoTenCb|HOTEN|HO_TEN)\""
                    + "\\s*:\\s*\")([^\"]*)(\")");
    /** Health-insurance card numbers (mã thẻ BHYT): 2 letters and 13 digits, first 3 and last 3 characters kept. */
    private static final Pattern HEALTH_CARD =
            Pattern.compile("(?<![A-Za-z0-9])([A-Z]{2}[0-9])([0-9]{9})([0-9]{3})(?![0-9])");

    private static final Pattern SECRET_FORM = Pattern.compile(
            "(?i)((?:^|[?&\\s])(?:[a-z_]*token|client_secret|password|code|code_verifier|secret)=)([^&\\s]+)");
    private static final Set<String> SECRET_HEADER_WORDS = Set.of(
            "authorization",
            "cookie",
            "token",
            "secret",
            "password",
            "hash",
            "signature",
            "sign-header",
            "api-key",
            "apikey",
            "x-api-key",
            "session");

    private Redactor() {}

    /** Masks every personal ID, CMND, phone number, token and secret field in free text. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = SECRET_JSON.matcher(text).replaceAll("$1" + MASK + "$3");
        s = SECRET_FORM.matcher(s).replaceAll("$1" + MASK);
        s = NAME_JSON.matcher(s).replaceAll("$1" + MASK + "$3");
        s = BEARER.matcher(s).replaceAll("$1" + MASK);
        s = JWT.matcher(s).replaceAll(MASK);
        s = PHONE.matcher(s).replaceAll("$1******$4");
        s = maskDigits(HEALTH_CARD, s);
        s = maskDigits(PERSONAL_ID, s);
        return maskDigits(CMND, s);
    }

    private static String maskDigits(Pattern pattern, String s) {
        Matcher m = pattern.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) + "*".repeat(m.group(2).length()) + m.group(3));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Masks one ID number (12-digit personal ID or 9-digit CMND), keeping the first and last 3 digits; any other
     * value is fully masked except its length.
     */
    public static String maskPersonalId(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 6) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 6) + id.substring(id.length() - 3);
    }

    /** A header value fit for a log: secret headers are masked whole, others are redacted as text. */
    public static String redactHeader(String name, String value) {
        return isSecretHeader(name) ? MASK : redact(value);
    }

    /** Whether a header carries credentials or signatures by its name. */
    public static boolean isSecretHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String word : SECRET_HEADER_WORDS) {
            if (n.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
