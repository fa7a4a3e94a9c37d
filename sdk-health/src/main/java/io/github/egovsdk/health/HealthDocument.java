package io.github.egovsdk.health;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An electronic birth certificate (giấy chứng sinh, {@code HSDLGCS}, type 61) or death certificate (giấy báo tử,
 * {@code HSDLGBT}, type 60) for the Social Security gateway: its field values, validated on {@link Builder#build()}
 * (required fields present, each value in its field's {@link FieldFormat}). Immutable. Personal data:
 * {@link #toString()} shows only the kind and the number of fields.
 *
 * @param <F> the field set ({@link BirthCertificateField} or {@link DeathCertificateField})
 */
public final class HealthDocument<F extends Enum<F> & CertificateField> {
    /** Which document. */
    public enum Kind {
        /** Giấy chứng sinh: package {@code HSDLGCS}, document {@code GIAYCHUNGSINH}, {@code loaiHs} 61. */
        BIRTH("HSDLGCS", "GIAYCHUNGSINH", "61"),
        /** Giấy báo tử: package {@code HSDLGBT}, document {@code GIAYBAOTU}, {@code loaiHs} 60. */
        DEATH("HSDLGBT", "GIAYBAOTU", "60");

        private final String packageElement;
        private final String documentElement;
        private final String documentType;

        Kind(String packageElement, String documentElement, String documentType) {
            this.packageElement = packageElement;
            this.documentElement = documentElement;
            this.documentType = documentType;
        }

        public String packageElement() {
            return packageElement;
        }

        public String documentElement() {
            return documentElement;
        }

        /** {@code loaiHs}, kept as a string as the gateway wants it. */
        public String documentType() {
            return documentType;
        }
    }

    private final Kind kind;
    private final Map<F, String> values;

    private HealthDocument(Kind kind, Map<F, String> values) {
        this.kind = kind;
        this.values = Collections.unmodifiableMap(values);
    }

    /** A giấy chứng sinh. */
    public static Builder<BirthCertificateField> birthCertificate() {
        return new Builder<>(Kind.BIRTH, BirthCertificateField.class);
    }

    /** A giấy báo tử. */
    public static Builder<DeathCertificateField> deathCertificate() {
        return new Builder<>(Kind.DEATH, DeathCertificateField.class);
    }

    public Kind kind() {
        return kind;
    }

    /** The values set, in document order. */
    public Map<F, String> values() {
        return values;
    }

    @Override
    public String toString() {
        return "HealthDocument[" + kind + ", " + values.size() + " fields]";
    }

    /** Builder of {@link HealthDocument}. */
    public static final class Builder<F extends Enum<F> & CertificateField> {
        private final Kind kind;
        private final Class<F> type;
        private final EnumMap<F, String> values;

        private Builder(Kind kind, Class<F> type) {
            this.kind = kind;
            this.type = type;
            this.values = new EnumMap<>(type);
        }

        /** Sets a field; a null or blank value removes it. */
        public Builder<F> set(F field, String value) {
            Objects.requireNonNull(field, "field");
            if (value == null || value.isBlank()) {
                values.remove(field);
            } else {
                values.put(field, value.strip());
            }
            return this;
        }

        /** @throws ValidationException naming each missing field and each value in the wrong format */
        public HealthDocument<F> build() {
            List<Violation> v = new ArrayList<>();
            for (F f : type.getEnumConstants()) {
                String value = values.get(f);
                if (value == null) {
                    if (f.required()) {
                        v.add(new Violation(
                                f.name(), "Required", f.name() + " is required / " + f.name() + " là bắt buộc", null));
                    }
                } else if (!f.format().accepts(value)) {
                    v.add(new Violation(
                            f.name(),
                            f.format().rule(),
                            f.name() + " must be " + f.format().explanation(),
                            null));
                }
            }
            if (!v.isEmpty()) {
                throw new ValidationException(kind == Kind.BIRTH ? "birth certificate" : "death certificate", v);
            }
            return new HealthDocument<>(kind, new EnumMap<>(values));
        }
    }
}
