package io.github.egovsdk.edoc;

import java.util.Arrays;
import java.util.Optional;

/** Processing status reported by a receiving agency (trạng thái xử lý văn bản), edXML {@code StatusCode}. */
public enum StatusCode {
    ARRIVED("01", "Đã đến", "arrived: received by the software, not yet handled by the clerk"),
    REJECTED("02", "Từ chối tiếp nhận", "rejected (sent by mistake, errors, wrong competence…)"),
    ACCEPTED("03", "Đã tiếp nhận", "accepted and registered in the incoming-document book"),
    ASSIGNED("04", "Phân công", "assigned for handling by a leader"),
    PROCESSING("05", "Đang xử lý", "being processed"),
    COMPLETED("06", "Hoàn thành", "completed"),
    RECALL_REQUESTED("13", "Yêu cầu lấy lại", "recall requested by the original sender"),
    CHANGE_ACCEPTED("15", "Đồng ý cập nhật/lấy lại", "receiver agrees to the update or recall"),
    CHANGE_REJECTED("16", "Từ chối cập nhật/lấy lại", "receiver refuses the update or recall");

    private final String code;
    private final String vietnamese;
    private final String english;

    StatusCode(String code, String vietnamese, String english) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The two-digit wire code, e.g. {@code 01}. */
    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    /** The enum for a wire code; empty for codes outside the nine known ones (kept raw by the reader). */
    public static Optional<StatusCode> fromCode(String code) {
        String c = code == null ? "" : code.strip();
        if (c.length() == 1) {
            c = "0" + c;
        }
        String finalCode = c;
        return Arrays.stream(values()).filter(s -> s.code.equals(finalCode)).findFirst();
    }
}
