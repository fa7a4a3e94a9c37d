package io.github.egovsdk.dvc.dossier;

import java.util.Optional;

/** Who the applicant is ({@code LoaiDoiTuong}, loại đối tượng). */
public enum ApplicantType {
    /** {@code 1} — công dân, a citizen. */
    CITIZEN("1"),
    /** {@code 2} — doanh nghiệp, a business. */
    BUSINESS("2");

    private final String code;

    ApplicantType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** From the portal's code (surrounding spaces ignored); empty for an unknown one. */
    public static Optional<ApplicantType> fromCode(String code) {
        for (ApplicantType t : values()) {
            if (t.code.equals(code == null ? null : code.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
