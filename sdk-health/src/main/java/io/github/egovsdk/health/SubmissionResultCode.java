package io.github.egovsdk.health;

import java.util.Arrays;
import java.util.Optional;

/** Result codes of {@code guiGiayToDienTu} / {@code GuiHoSoChungTu2025} (section 4 of Phụ lục 02, as a client restates
 * it). */
public enum SubmissionResultCode {
    SUCCESS("200", "Received", "Thành công"),
    INVALID_FILE("205", "fileBase64Str is not valid", "fileBase64Str không hợp lệ"),
    AUTHENTICATION_ERROR("401", "Account authentication error", "Lỗi xác thực tài khoản"),
    SERVER_ERROR("500", "Server error", "Lỗi server"),
    FILE_TOO_LARGE("1001", "The file is too large", "File size quá dài");

    private final String code;
    private final String english;
    private final String vietnamese;

    SubmissionResultCode(String code, String english, String vietnamese) {
        this.code = code;
        this.english = english;
        this.vietnamese = vietnamese;
    }

    public String code() {
        return code;
    }

    public String english() {
        return english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<SubmissionResultCode> fromCode(String code) {
        return Arrays.stream(values())
                .filter(v -> v.code.equals(code == null ? "" : code.strip()))
                .findFirst();
    }
}
