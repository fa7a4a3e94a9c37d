package io.github.egovsdk.dvc.dossier;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.util.List;
import java.util.Optional;

/** How a dossier was submitted ({@code KenhThucHien}, kênh thực hiện). */
public enum Channel {
    /** {@code 1} — trực tiếp, at the one-stop desk. */
    IN_PERSON("1", "Trực tiếp"),
    /** {@code 2} — trực tuyến, online. */
    ONLINE("2", "Trực tuyến"),
    /** {@code 3} — qua bưu chính công ích, through the public postal service. */
    POSTAL("3", "Qua bưu chính công ích");

    private final String code;
    private final String vietnamese;

    Channel(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    /** The portal's code. */
    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** From the portal's code ({@code "1"}–{@code "3"}, surrounding spaces ignored); empty for an unknown one. */
    public static Optional<Channel> fromCode(String code) {
        String c = code == null ? "" : code.strip();
        for (Channel ch : values()) {
            if (ch.code.equals(c)) {
                return Optional.of(ch);
            }
        }
        return Optional.empty();
    }

    /**
     * From the portal's code, strictly.
     *
     * @throws ValidationException naming the field {@code channel} for an unknown code
     */
    public static Channel of(String code) {
        return fromCode(code)
                .orElseThrow(() -> new ValidationException(
                        "channel '" + code + "'",
                        List.of(new Violation(
                                "channel",
                                "Code",
                                "KenhThucHien must be 1, 2 or 3 / Kênh thực hiện phải là 1, 2 hoặc 3",
                                code))));
    }
}
