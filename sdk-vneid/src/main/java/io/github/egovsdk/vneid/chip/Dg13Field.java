package io.github.egovsdk.vneid.chip;

import java.util.Optional;

/**
 * The field numbers of the Vietnam-specific DG13 (as two independent public chip-reader parsers number them). The
 * API keys
 * fields by number; the labels are display text only (on the 2024 "thẻ căn cước" fields 8 and 9 may carry
 * "nơi đăng ký khai sinh" and "nơi cư trú").
 */
public enum Dg13Field {
    /** Số định danh cá nhân / số CCCD (12 digits). Basic personal data. */
    PERSONAL_ID(1, "Personal ID number", "Số định danh cá nhân"),
    /** Họ và tên. */
    FULL_NAME(2, "Full name", "Họ và tên"),
    /** Ngày sinh, {@code dd/MM/yyyy}. */
    DATE_OF_BIRTH(3, "Date of birth", "Ngày sinh"),
    /** Giới tính: Nam / Nữ. */
    GENDER(4, "Gender", "Giới tính"),
    /** Quốc tịch. */
    NATIONALITY(5, "Nationality", "Quốc tịch"),
    /** Dân tộc. <b>Sensitive</b> personal data (ethnic origin). */
    ETHNICITY(6, "Ethnicity", "Dân tộc"),
    /** Tôn giáo. <b>Sensitive</b> personal data. */
    RELIGION(7, "Religion", "Tôn giáo"),
    /** Quê quán (place of origin / home town). */
    PLACE_OF_ORIGIN(8, "Place of origin", "Quê quán"),
    /** Nơi thường trú (permanent residence). */
    RESIDENCE(9, "Permanent residence", "Nơi thường trú"),
    /** Đặc điểm nhận dạng. <b>Sensitive</b> personal data. */
    IDENTIFYING_MARKS(10, "Identifying marks", "Đặc điểm nhận dạng"),
    /** Ngày cấp, {@code dd/MM/yyyy}. */
    ISSUE_DATE(11, "Date of issue", "Ngày cấp"),
    /** Ngày hết hạn — kept as text (not always a date, e.g. "Không thời hạn"). */
    EXPIRY(12, "Date of expiry", "Có giá trị đến"),
    /** SEQUENCE { họ tên cha, họ tên mẹ }. */
    PARENTS(13, "Father and mother", "Họ tên cha, mẹ"),
    /** SEQUENCE { họ tên vợ/chồng }, empty when none. */
    SPOUSE(14, "Spouse", "Họ tên vợ/chồng"),
    /** Số CMND cũ (old 9-digit number). */
    OLD_ID_NUMBER(15, "Old ID number (CMND)", "Số CMND cũ"),
    /** Unknown 16-character value, suspected card/chip serial; exposed raw. */
    CARD_INTERNAL_ID(16, "Card-internal identifier (meaning unconfirmed)", "Mã nội bộ thẻ (chưa rõ ý nghĩa)");

    private final int number;
    private final String label;
    private final String labelVi;

    Dg13Field(int number, String label, String labelVi) {
        this.number = number;
        this.label = label;
        this.labelVi = labelVi;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public String labelVi() {
        return labelVi;
    }

    /** The known field with this number, if any. */
    public static Optional<Dg13Field> byNumber(int number) {
        for (Dg13Field f : values()) {
            if (f.number == number) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
