package io.github.egovsdk.core.vn;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An agency's electronic identifier (mã định danh điện tử của cơ quan, tổ chức), Decision 20/2020/QĐ-TTg: at most
 * 35 characters of {@code .0-9A-Z}, dot-separated groups, one per organisational level. The QCVN 102:2016 form
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} reads level 4 . level 3 . level 2 . level 1 (e.g. {@code 000.00.00.H27} is UBND
 * tỉnh Bắc Ninh itself, {@code 000.46.24.H44} a commune under {@code 000.00.24.H44}); left-to-right forms such as
 * {@code H56.14} also occur. Level-1 codes of ministries were re-assigned by Decision 09/2025/QĐ-TTg.
 *
 * <p>{@link #parse} is strict (for what we build and send); {@link #parseLenient} accepts what real systems send
 * (LGSP node codes {@code 00.53.W00}, X-Road ids {@code CS:GOV:SS1MC:SS1SUB1}, system ids {@code vxp.saas.03},
 * lower case) and says in {@link #warnings()} why a value does not conform.
 *
 * <p>Example:
 * <pre>{@code
 * AgencyCode code = AgencyCode.parse("000.00.00.H27");      // strict: ValidationException naming the rule
 * code.groups();                                            // [000, 00, 00, H27]
 * AgencyCode.parseLenient("000.00.00.h27").warnings();     // accepted as met in real traffic, with warnings
 * }</pre>
 */
public final class AgencyCode {
    public static final int MAX_LENGTH = 35;
    private static final Pattern STRICT = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)*");
    private static final Pattern QCVN_102 = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    private static final Pattern LEVEL1 = Pattern.compile("[A-Z]\\d{2}");

    private final String value;
    private final List<String> warnings;

    private AgencyCode(String value, List<String> warnings) {
        this.value = value;
        this.warnings = List.copyOf(warnings);
    }

    /** Strict Decision 20/2020 rules; throws {@link ValidationException} naming every broken rule. */
    public static AgencyCode parse(String text) {
        List<Violation> violations = new ArrayList<>();
        String v = text == null ? "" : text;
        if (v.isEmpty()) {
            violations.add(
                    new Violation("agencyCode", "NotBlank", "Agency code is required / Mã định danh là bắt buộc", v));
        } else {
            if (v.length() > MAX_LENGTH) {
                violations.add(new Violation(
                        "agencyCode", "Length", "At most 35 characters, got " + v.length() + " / Tối đa 35 ký tự", v));
            }
            if (!STRICT.matcher(v).matches()) {
                violations.add(new Violation(
                        "agencyCode",
                        "Pattern",
                        "Only '.', 0-9 and A-Z in dot-separated groups"
                                + " (Decision 20/2020/QĐ-TTg) / Chỉ gồm '.', 0-9, A-Z theo nhóm phân cách bởi dấu chấm",
                        v));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("agency code '" + v + "'", violations);
        }
        List<String> warnings = new ArrayList<>();
        if (!QCVN_102.matcher(v).matches()) {
            warnings.add("Not in the QCVN 102:2016 form 000.00.00.A00");
        }
        return new AgencyCode(v, warnings);
    }

    /** Accepts any non-blank value seen in real traffic, trimmed; {@link #warnings()} says what does not conform. */
    public static AgencyCode parseLenient(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(
                    "agency code",
                    List.of(new Violation(
                            "agencyCode", "NotBlank", "Agency code is required / Mã định danh là bắt buộc", text)));
        }
        String v = text.strip();
        List<String> warnings = new ArrayList<>();
        if (!v.equals(text)) {
            warnings.add("Surrounding whitespace removed");
        }
        if (v.length() > MAX_LENGTH) {
            warnings.add("Longer than 35 characters (Decision 20/2020/QĐ-TTg)");
        }
        if (!STRICT.matcher(v).matches()) {
            warnings.add("Characters outside '.', 0-9, A-Z or empty groups (Decision 20/2020/QĐ-TTg): a system id,"
                    + " LGSP node or X-Road member id rather than an agency code");
        } else if (!QCVN_102.matcher(v).matches()) {
            warnings.add("Not in the QCVN 102:2016 form 000.00.00.A00");
        }
        return new AgencyCode(v, warnings);
    }

    /** Whether a value passes the strict rules. */
    public static boolean isValid(String text) {
        return text != null
                && !text.isEmpty()
                && text.length() <= MAX_LENGTH
                && STRICT.matcher(text).matches();
    }

    public String value() {
        return value;
    }

    /** Why the value does not conform (empty for a conforming QCVN 102 code). */
    public List<String> warnings() {
        return warnings;
    }

    /** Whether it has the QCVN 102:2016 shape {@code 000.00.00.A00}. */
    public boolean isQcvn102Form() {
        return QCVN_102.matcher(value).matches();
    }

    /** The groups, e.g. {@code [000, 46, 24, H44]}. */
    public List<String> groups() {
        return List.of(value.split("\\.", -1));
    }

    /**
     * The level-1 unit (ministry or province, e.g. {@code H27}, {@code G22}): the group shaped letter + 2 digits,
     * searched from the right (QCVN form) then from the left (left-to-right forms).
     */
    public Optional<String> level1() {
        List<String> g = groups();
        for (int i = g.size() - 1; i >= 0; i--) {
            if (LEVEL1.matcher(g.get(i)).matches()) {
                return Optional.of(g.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The level of the unit in the QCVN form: 1 for {@code 000.00.00.H27}, 2 for {@code 000.00.15.H27}, 3 for
     * {@code 000.46.24.H44}, 4 when the first group is not {@code 000}; empty for other forms.
     */
    public Optional<Integer> level() {
        if (!isQcvn102Form()) {
            return Optional.empty();
        }
        List<String> g = groups();
        if (!g.get(0).equals("000")) {
            return Optional.of(4);
        }
        if (!g.get(1).equals("00")) {
            return Optional.of(3);
        }
        return Optional.of(g.get(2).equals("00") ? 1 : 2);
    }

    /** The parent unit in the QCVN form (the lowest non-zero level group zeroed); empty at level 1 or other forms. */
    public Optional<AgencyCode> parent() {
        Optional<Integer> level = level();
        if (level.isEmpty() || level.get() == 1) {
            return Optional.empty();
        }
        List<String> g = new ArrayList<>(groups());
        switch (level.get()) {
            case 4 -> g.set(0, "000");
            case 3 -> g.set(1, "00");
            default -> g.set(2, "00");
        }
        return Optional.of(new AgencyCode(String.join(".", g), List.of()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgencyCode a && a.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
