package io.github.egovsdk.dvc.dossier;

import java.util.Optional;

/** How the result is handed back ({@code HinhThuc}, hình thức trả kết quả). */
public enum ReturnMethod {
    /** {@code 0} — trực tiếp, at the desk. */
    DIRECT("0"),
    /** {@code 1} — qua bưu chính, by post. */
    POSTAL("1");

    private final String code;

    ReturnMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** From the portal's code (surrounding spaces ignored); empty for an unknown one. */
    public static Optional<ReturnMethod> fromCode(String code) {
        for (ReturnMethod m : values()) {
            if (m.code.equals(code == null ? null : code.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
