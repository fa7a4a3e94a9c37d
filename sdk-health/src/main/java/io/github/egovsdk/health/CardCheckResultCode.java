package io.github.egovsdk.health;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every result code ({@code maKetQua}, and {@code maLoi} of each past lookup) of the Social Security gateway's card
 * check {@code KQNhanLichSuKCB2024} — the complete list of Phụ lục 03 §4 of Công văn 1923/BHXH-CNTT (20/06/2024).
 * Codes {@code 000}–{@code 004} mean the card can be used (as clients do).
 */
public enum CardCheckResultCode {
    CARD_CORRECT("000", "Health-insurance card data are correct", "Thông tin thẻ BHYT chính xác"),
    DEFENCE_MINISTRY_CARD(
            "001",
            "Card managed by the Ministry of Defence's social security — check the card and ID" + " papers",
            "Thẻ do BHXH Bộ Quốc phòng quản lý, đề nghị kiểm tra thẻ và giấy tờ tùy thân"),
    PUBLIC_SECURITY_CARD(
            "002",
            "Card managed by the Ministry of Public Security's social security — check the card" + " and ID papers",
            "Thẻ do BHXH Bộ Công an quản lý, đề nghị kiểm tra thẻ và giấy tờ tùy thân"),
    OLD_CARD_EXPIRED_NEW_ISSUED(
            "003",
            "The old card has expired; a new card has been issued",
            "Thẻ cũ hết giá trị sử dụng nhưng đã được cấp thẻ mới"),
    OLD_CARD_VALID_NEW_ISSUED(
            "004",
            "The old card is still valid; a new card has been issued",
            "Thẻ cũ còn giá trị sử dụng nhưng đã được cấp thẻ mới"),
    CARD_EXPIRED("010", "The card has expired", "Thẻ hết giá trị sử dụng"),
    NO_CARD_INFORMATION("050", "No card information", "Không thấy thông tin thẻ BHYT"),
    WRONG_CARD_NUMBER("051", "Wrong card number", "Mã thẻ không đúng"),
    WRONG_PROVINCE_CODE(
            "052",
            "Wrong province code (characters 4–5 of the card number)",
            "Mã tỉnh cấp thẻ (kí tự thứ 4, 5 của mã thẻ) không đúng"),
    WRONG_BENEFIT_CODE(
            "053",
            "Wrong benefit code (character 3 of the card number)",
            "Mã quyền lợi thẻ (kí tự thứ 3 của mã thẻ) không đúng"),
    OFFICER_NOT_REGISTERED(
            "054",
            "The checking officer's personal ID is not in the facility's registered user list"
                    + " (register named users with form 01/dk-ctn, Công văn 1923/BHXH-CNTT)",
            "Số CCCD của cán bộ tra cứu không có trong danh sách người dùng đã đăng ký của cơ sở KCB (đăng ký theo"
                    + " mẫu 01/dk-ctn, Công văn 1923/BHXH-CNTT)"),
    OFFICER_NAME_MISMATCH(
            "055",
            "The checking officer's name does not match their personal ID",
            "Họ tên cán bộ tra cứu không khớp với số CCCD"),
    WRONG_NAME("060", "Wrong full name", "Họ tên không đúng"),
    WRONG_NAME_FIRST_CHARACTER_CORRECT(
            "061", "Wrong full name (first character correct)", "Họ tên không đúng (đúng kí tự đầu)"),
    WRONG_BIRTH_DATE("070", "Wrong date of birth", "Ngày sinh không đúng"),
    CARD_REGISTER_ERROR("100", "Error retrieving the card register data", "Lỗi khi lấy dữ liệu sổ thẻ"),
    SERVER_ERROR("101", "Server error", "Lỗi server"),
    CARD_WITHDRAWN("110", "The card has been withdrawn", "Thẻ đã thu hồi"),
    CARD_REDUCED("120", "The card has been reported reduced", "Thẻ đã báo giảm"),
    REDUCED_MOVED_PROVINCE("121", "Reduced — moved to another province", "Thẻ đã báo giảm, giảm chuyển ngoại tỉnh"),
    REDUCED_MOVED_WITHIN_PROVINCE(
            "122", "Reduced — moved within the province", "Thẻ đã báo giảm, giảm chuyển nội tỉnh"),
    REDUCED_REENROLLED_SAME_UNIT(
            "123", "Reduced — re-enrolled in the same unit", "Thẻ đã báo giảm, thu hồi do tăng lại cùng đơn vị"),
    REDUCED_STOPPED("124", "Reduced — stopped participating", "Thẻ đã báo giảm, ngừng tham gia"),
    CHILD_WITHOUT_CARD("130", "Child without a card presented", "Trẻ em không xuất trình thẻ"),
    WRONG_PARAMETER_FORMAT("205", "Wrong parameter format", "Lỗi sai định dạng tham số"),
    AUTHENTICATION_ERROR("401", "Account authentication error", "Lỗi xác thực tài khoản");

    private final String code;
    private final String english;
    private final String vietnamese;

    CardCheckResultCode(String code, String english, String vietnamese) {
        this.code = code;
        this.english = english;
        this.vietnamese = vietnamese;
    }

    /** The three-digit code as sent ({@code "000"}). */
    public String code() {
        return code;
    }

    public String english() {
        return english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** 000–004: the card can be used for this visit. */
    public boolean usable() {
        return code.compareTo("004") <= 0;
    }

    public static Optional<CardCheckResultCode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        return Arrays.stream(values()).filter(v -> v.code.equals(c)).findFirst();
    }
}
