package io.github.egovsdk.edoc;

import java.util.List;

/**
 * Other document information (thông tin khác).
 *
 * @param priority             độ khẩn: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ (raw int)
 * @param sphereOfPromulgation phạm vi ban hành
 * @param typerNotation        ký hiệu người đánh máy ({@code TyperNotation}, sic)
 * @param promulgationAmount   số bản phát hành
 * @param pageAmount           số trang
 * @param direction            {@code Direction} (meaning unknown in public sources)
 * @param appendixes           phụ lục
 */
public record OtherInfo(
        int priority,
        String sphereOfPromulgation,
        String typerNotation,
        int promulgationAmount,
        int pageAmount,
        boolean direction,
        List<String> appendixes) {
    public OtherInfo {
        appendixes = List.copyOf(appendixes);
    }

    public static OtherInfo normal() {
        return new OtherInfo(0, null, null, 1, 1, false, List.of());
    }

    /** The priority's Vietnamese name. */
    public String priorityName() {
        return switch (priority) {
            case 0 -> "Thường";
            case 1 -> "Khẩn";
            case 2 -> "Thượng khẩn";
            case 3 -> "Hỏa tốc";
            case 4 -> "Hỏa tốc hẹn giờ";
            default -> "Không xác định (" + priority + ")";
        };
    }
}
