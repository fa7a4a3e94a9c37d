package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.vn.Gender;
import io.github.egovsdk.vneid.internal.chip.Dg13Reader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DG13 (FID 010D, tag 6D), the Vietnam-specific personal data of the CCCD / thẻ căn cước chip, read field by field
 * through a bounded BER-TLV walk (field numbers from {@link Dg13Field}; any order; absent fields give empty
 * {@code Optional}s; fields with unknown numbers are kept raw).
 *
 * <p>Every field is personal data (Decree 13/2023/NĐ-CP, Decree 356/2025/NĐ-CP): never log it. {@link #ethnicity()},
 * {@link #religion()} and {@link #identifyingMarks()} are <b>sensitive</b> personal data. {@link #toString()} shows
 * only the masked personal ID and the field numbers present. Immutable.
 */
public final class Dg13 {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final int version;
    private final Map<Integer, Dg13Reader.Entry> fields;
    private final List<String> warnings;

    private Dg13(int version, Map<Integer, Dg13Reader.Entry> fields, List<String> warnings) {
        this.version = version;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Parses DG13 as read from the chip (the full TLV starting with tag 6D).
     *
     * @throws ChipFormatException truncated or garbage TLV, wrong tag, a field that is not {@code SEQUENCE { INTEGER,
     *                             value }}
     */
    public static Dg13 parse(byte[] encoded) {
        Dg13Reader.Content c = Dg13Reader.read(encoded);
        List<String> warnings = new ArrayList<>(c.warnings());
        Dg13 probe = new Dg13(c.version(), c.fields(), List.of());
        for (int no : List.of(3, 11)) {
            probe.text(no)
                    .filter(t -> parseDate(t).isEmpty())
                    .ifPresent(t -> warnings.add("DG13 field " + no + " is not a dd/MM/yyyy date"));
        }
        probe.text(4)
                .filter(t -> gender(t).isEmpty())
                .ifPresent(t -> warnings.add("DG13 field 4 is neither Nam nor" + " Nữ"));
        if (probe.text(15).isEmpty()
                && probe.text(16).filter(t -> t.matches("\\d{9}")).isPresent()) {
            warnings.add("DG13 field 15 is absent and field 16 has 9 digits: field 16 is read as the old ID number");
        }
        return new Dg13(c.version(), c.fields(), warnings);
    }

    /** The DG13 version (the first INTEGER of the content), or -1 when absent. */
    public int version() {
        return version;
    }

    /** Numbers of the fields present, ascending. */
    public Set<Integer> fieldNumbers() {
        return fields.keySet();
    }

    /** The first string of a field, if the field is present and holds a string. */
    public Optional<String> text(int fieldNumber) {
        return texts(fieldNumber).stream().findFirst();
    }

    /** All strings of a field (two for field 13: father, mother); empty when absent. */
    public List<String> texts(int fieldNumber) {
        Dg13Reader.Entry e = fields.get(fieldNumber);
        return e == null ? List.of() : e.texts();
    }

    /** A copy of the encoded value element(s) of a field, empty array when the field has no value. */
    public Optional<byte[]> raw(int fieldNumber) {
        return Optional.ofNullable(fields.get(fieldNumber)).map(e -> e.raw().clone());
    }

    /** Fields whose number is not one of {@link Dg13Field}, raw (copies), by number. */
    public Map<Integer, byte[]> unknownFields() {
        Map<Integer, byte[]> out = new LinkedHashMap<>();
        fields.forEach((no, e) -> {
            if (Dg13Field.byNumber(no).isEmpty()) {
                out.put(no, e.raw().clone());
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** What was accepted but odd (unparseable dates, duplicated fields, field 16 used as the old ID). */
    public List<String> warnings() {
        return warnings;
    }

    /** Field 1, số định danh cá nhân. Basic personal data. */
    public Optional<String> personalId() {
        return text(1).map(String::strip);
    }

    /** Field 2, họ và tên (with diacritics, NFC). */
    public Optional<String> fullName() {
        return nfc(2);
    }

    /** Field 3, ngày sinh; empty when absent or not {@code dd/MM/yyyy} (see {@link #text(int)}). */
    public Optional<LocalDate> dateOfBirth() {
        return text(3).flatMap(Dg13::parseDate);
    }

    /** Field 4, giới tính (Nam → MALE, Nữ → FEMALE). */
    public Optional<Gender> gender() {
        return text(4).flatMap(Dg13::gender);
    }

    /** Field 5, quốc tịch. */
    public Optional<String> nationality() {
        return nfc(5);
    }

    /** Field 6, dân tộc. <b>Sensitive</b> personal data (ethnic origin): return it only when the caller needs it. */
    public Optional<String> ethnicity() {
        return nfc(6);
    }

    /** Field 7, tôn giáo. <b>Sensitive</b> personal data. */
    public Optional<String> religion() {
        return nfc(7);
    }

    /** Field 8, quê quán (on the 2024 card possibly "nơi đăng ký khai sinh"). */
    public Optional<String> placeOfOrigin() {
        return nfc(8);
    }

    /** Field 9, nơi thường trú (on the 2024 card possibly "nơi cư trú"). */
    public Optional<String> residence() {
        return nfc(9);
    }

    /** Field 10, đặc điểm nhận dạng. <b>Sensitive</b> personal data. */
    public Optional<String> identifyingMarks() {
        return nfc(10);
    }

    /** Field 11, ngày cấp; empty when absent or not {@code dd/MM/yyyy}. */
    public Optional<LocalDate> issueDate() {
        return text(11).flatMap(Dg13::parseDate);
    }

    /** Field 12 as printed (may be a date or a phrase such as "Không thời hạn"). */
    public Optional<String> expiryText() {
        return nfc(12);
    }

    /** Field 12 when it is a {@code dd/MM/yyyy} date. */
    public Optional<LocalDate> expiryDate() {
        return text(12).flatMap(Dg13::parseDate);
    }

    /** Field 13, first name: họ tên cha. */
    public Optional<String> fatherName() {
        return nested(13, 0);
    }

    /** Field 13, second name: họ tên mẹ. */
    public Optional<String> motherName() {
        return nested(13, 1);
    }

    /** Field 14, họ tên vợ/chồng; empty when the SEQUENCE is empty. */
    public Optional<String> spouseName() {
        return nested(14, 0);
    }

    /** Field 15, số CMND cũ; when 15 is absent and field 16 has 9 digits, field 16 (with a warning). */
    public Optional<String> oldIdNumber() {
        Optional<String> f15 = text(15).map(String::strip).filter(s -> !s.isEmpty());
        return f15.isPresent() ? f15 : text(16).map(String::strip).filter(s -> s.matches("\\d{9}"));
    }

    /** Field 16 as stored (meaning unconfirmed, suspected card/chip serial). */
    public Optional<String> cardInternalId() {
        return text(16);
    }

    private Optional<String> nested(int no, int index) {
        List<String> t = texts(no);
        return t.size() > index
                ? Optional.of(t.get(index)).map(Dg13::normalise).filter(s -> !s.isEmpty())
                : Optional.empty();
    }

    private Optional<String> nfc(int no) {
        return text(no).map(Dg13::normalise);
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Gender> gender(String text) {
        return switch (normalise(text).toLowerCase(Locale.ROOT)) {
            case "nam" -> Optional.of(Gender.MALE);
            case "nữ", "nu" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return "Dg13[version=" + version + ", personalId="
                + personalId().map(Redactor::maskPersonalId).orElse("-") + ", fields=" + fields.keySet() + "]";
    }
}
