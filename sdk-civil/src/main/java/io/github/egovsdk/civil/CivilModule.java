package io.github.egovsdk.civil;

import java.util.Arrays;
import java.util.Optional;

/**
 * The interconnected civil-status procedure group (nhóm thủ tục liên thông) and its codes on each side: the
 * interconnected-service software (DVCLT) says {@code KS} / {@code KT}, the Ministry of Justice's shared civil-status
 * software (hộ tịch) and the one-stop system say {@code LTKS} / {@code LTKT} / {@code LTKH} (Decree 63/2024/NĐ-CP;
 * codes as a production one-stop system sends them).
 */
public enum CivilModule {
    /** Đăng ký khai sinh (birth) — DVCLT {@code KS}, ministry {@code LTKS}. */
    BIRTH("KS", "LTKS"),
    /** Đăng ký khai tử (death) — DVCLT {@code KT}, ministry {@code LTKT}. */
    DEATH("KT", "LTKT"),
    /** Đăng ký kết hôn (marriage) — ministry {@code LTKH} only; not handed over by the DVCLT software. */
    MARRIAGE(null, "LTKH");

    private final String interconnectCode;
    private final String ministryCode;

    CivilModule(String interconnectCode, String ministryCode) {
        this.interconnectCode = interconnectCode;
        this.ministryCode = ministryCode;
    }

    /** The DVCLT {@code module} value ({@code KS}, {@code KT}); empty for marriage. */
    public Optional<String> interconnectCode() {
        return Optional.ofNullable(interconnectCode);
    }

    /** The ministry's and one-stop system's {@code module} value ({@code LTKS}, {@code LTKT}, {@code LTKH}). */
    public String ministryCode() {
        return ministryCode;
    }

    /** By DVCLT ({@code KS}/{@code KT}) or ministry ({@code LTKS}/…) code, case-insensitive. */
    public static Optional<CivilModule> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        return Arrays.stream(values())
                .filter(m -> c.equalsIgnoreCase(m.interconnectCode) || c.equalsIgnoreCase(m.ministryCode))
                .findFirst();
    }
}
