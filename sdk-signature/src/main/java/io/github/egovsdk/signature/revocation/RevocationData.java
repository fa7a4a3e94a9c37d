package io.github.egovsdk.signature.revocation;

import java.util.Arrays;
import java.util.Objects;

/**
 * The encoded evidence behind a revocation status: a DER OCSPResponse (RFC 6960) or a DER CRL (RFC 5280), as
 * embedded in long-term signatures (PAdES DSS {@code /OCSPs}, {@code /CRLs}). Immutable.
 *
 * @param type    OCSP or CRL
 * @param encoded the DER bytes (copied in and out)
 */
public record RevocationData(Type type, byte[] encoded) {
    /** Which kind of evidence. */
    public enum Type {
        OCSP,
        CRL
    }

    public RevocationData {
        Objects.requireNonNull(type, "type");
        encoded = encoded.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RevocationData r && r.type == type && Arrays.equals(r.encoded, encoded);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "RevocationData[" + type + ", " + encoded.length + " bytes]";
    }
}
