package io.github.egovsdk.signature.verify;

import java.util.Set;

/**
 * What counts as acceptable. {@link #strict()} (the default) fails a PDF changed after signing in a way that is not
 * permitted (including shadow attacks, where EU DSS's default only warns); {@link #lenient()} reports such changes
 * as warnings. Both refuse SHA-1, MD5 and RSA keys under 2048 bits (CRYPTO_CONSTRAINTS_FAILURE).
 *
 * <p>Example:
 * <pre>{@code
 * ValidationReport report = SignatureValidator.builder().policy(ValidationPolicy.lenient()).build().validate(file);
 * }</pre>
 *
 * @param failOnModification  strict: non-permitted changes after signing are TOTAL_FAILED/FORMAT_FAILURE
 * @param weakDigests         digest algorithm names refused (upper case, e.g. SHA1, MD5)
 * @param minRsaKeyBits       smallest RSA modulus accepted
 */
public record ValidationPolicy(boolean failOnModification, Set<String> weakDigests, int minRsaKeyBits) {
    public ValidationPolicy {
        weakDigests = Set.copyOf(weakDigests);
    }

    public static ValidationPolicy strict() {
        return new ValidationPolicy(true, Set.of("SHA1", "SHA-1", "MD5", "MD2", "RIPEMD160"), 2048);
    }

    public static ValidationPolicy lenient() {
        return new ValidationPolicy(false, Set.of("SHA1", "SHA-1", "MD5", "MD2", "RIPEMD160"), 2048);
    }
}
