package io.github.egovsdk.vneid.login;

/** Loại tài khoản — the account type of a portal/VNeID login ({@code LoaiTaiKhoan} / {@code accountType}). */
public enum AccountType {
    /** Công dân (1). */
    CITIZEN,
    /** Doanh nghiệp (2). */
    ENTERPRISE,
    /** Tổ chức (3). */
    ORGANISATION,
    /** Absent or a code this SDK does not know. */
    UNKNOWN;

    /** Reads the wire code {@code 1}/{@code 2}/{@code 3}; anything else is {@link #UNKNOWN}. */
    public static AccountType ofCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        return switch (code.strip()) {
            case "1" -> CITIZEN;
            case "2" -> ENTERPRISE;
            case "3" -> ORGANISATION;
            default -> UNKNOWN;
        };
    }
}
