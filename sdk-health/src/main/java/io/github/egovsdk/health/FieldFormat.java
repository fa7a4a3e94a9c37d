package io.github.egovsdk.health;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The format a certificate field must have, with its rule name and bilingual explanation. */
public enum FieldFormat {
    /** Free text without control characters, at most 1000 characters. */
    TEXT(
            "Text",
            "text without control characters, at most 1000 characters",
            "văn bản không chứa ký tự điều khiển," + " tối đa 1000 ký tự"),
    /** {@code yyyyMMdd}. */
    DATE("Date", "a date as yyyyMMdd", "ngày theo dạng yyyyMMdd"),
    /** {@code yyyyMMddHHmm}, 24-hour. */
    DATE_TIME("DateTime", "a date and time as yyyyMMddHHmm (24-hour)", "ngày giờ theo dạng yyyyMMddHHmm (24 giờ)"),
    /** Digits only. */
    NUMBER("Number", "digits only", "chỉ gồm chữ số"),
    /** {@code 0} or {@code 1}. */
    FLAG("Flag", "0 or 1", "0 hoặc 1"),
    /** {@code 1} nam, {@code 2} nữ, {@code 3} chưa xác định. */
    SEX_123("Sex", "1 male, 2 female, 3 undetermined", "1 nam, 2 nữ, 3 chưa xác định");

    private static final DateTimeFormatter D =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmm").withResolverStyle(ResolverStyle.STRICT);
    private final String rule;
    private final String english;
    private final String vietnamese;

    FieldFormat(String rule, String english, String vietnamese) {
        this.rule = rule;
        this.english = english;
        this.vietnamese = vietnamese;
    }

    public String rule() {
        return rule;
    }

    /** "english / vietnamese". */
    public String explanation() {
        return english + " / " + vietnamese;
    }

    /** Whether {@code value} (non-null) has this format. */
    public boolean accepts(String value) {
        if (value.length() > 1000 || value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            return false;
        }
        try {
            return switch (this) {
                case TEXT -> true;
                case DATE -> value.length() == 8 && LocalDate.parse(value, D) != null;
                case DATE_TIME -> value.length() == 12 && LocalDateTime.parse(value, DT) != null;
                case NUMBER -> value.matches("[0-9]{1,15}");
                case FLAG -> value.equals("0") || value.equals("1");
                case SEX_123 -> value.matches("[123]");
            };
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
