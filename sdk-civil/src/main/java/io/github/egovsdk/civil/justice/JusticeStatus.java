package io.github.egovsdk.civil.justice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status of a dossier in the Ministry of Justice's civil-status software ({@code LayKetQua} {@code trangThai}).
 * Values 1, 2, 3, 4 and 6 are documented; 5 and any other value are not, and are reported as {@link #UNKNOWN} (a
 * production client shows them as "Hồ sơ không tồn tại trên BTP").
 */
public enum JusticeStatus {
    /** 1 — sent, waiting for reception. */
    WAITING("1"),
    /** 2 — the citizen must supplement. */
    SUPPLEMENT_REQUIRED("2"),
    /** 3 — being processed (đủ điều kiện giải quyết). */
    PROCESSING("3"),
    /** 4 — registration completed, result available (with the certificate PDF). */
    COMPLETED("4"),
    /** 6 — refused by the ministry. */
    REFUSED("6"),
    /** 5 or any undocumented value. */
    UNKNOWN(null);

    private final String code;

    JusticeStatus(String code) {
        this.code = code;
    }

    /** The wire code; empty for {@link #UNKNOWN}. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** The status of a code; {@link #UNKNOWN} for anything undocumented (never throws). */
    public static JusticeStatus ofCode(String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(s -> c.equals(s.code)).findFirst().orElse(UNKNOWN);
    }
}
