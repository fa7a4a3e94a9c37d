package io.github.egovsdk.dvc.dossier;

import io.github.egovsdk.core.vn.PersonalIdNumber;
import io.github.egovsdk.dvc.internal.Masks;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * An identity number of the applicant ({@code DinhDanhCHS}, định danh chủ hồ sơ — a 2025 addition of the portal).
 * Personal data: {@link #toString()} keeps only the first and last 3 digits.
 *
 * @param type   which kind of number
 * @param number the number
 */
public record IdentityDocument(@NotNull Type type, @NotBlank String number) {

    /** {@code LoaiDinhDanh}. */
    public enum Type {
        /** {@code 1} — số định danh cá nhân (12 digits). */
        PERSONAL_ID("1"),
        /** {@code 2} — chứng minh nhân dân cũ (9 digits). */
        LEGACY_ID_CARD("2");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** From the portal's code (surrounding spaces ignored); empty for an unknown one. */
        public static Optional<Type> fromCode(String code) {
            for (Type t : values()) {
                if (t.code.equals(code == null ? null : code.strip())) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /** A 12-digit personal ID number. */
    public static IdentityDocument personalId(String number) {
        return new IdentityDocument(Type.PERSONAL_ID, number);
    }

    /** Whether the number is well formed for its type (12-digit ID rules, or 9 digits for an old CMND). */
    @AssertTrue(
            message = "the number does not fit its type (12-digit personal ID or 9-digit CMND) / số định danh"
                    + " không đúng loại (12 số định danh cá nhân hoặc 9 số CMND)")
    public boolean isWellFormed() {
        if (type == null || number == null) {
            return true;
        }
        return type == Type.PERSONAL_ID
                ? PersonalIdNumber.check(number).valid()
                : number.strip().matches("\\d{9}");
    }

    @Override
    public String toString() {
        return "IdentityDocument[" + type + " " + Masks.id(number) + "]";
    }
}
