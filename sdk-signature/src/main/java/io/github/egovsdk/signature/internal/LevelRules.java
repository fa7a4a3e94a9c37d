package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.tsa.TsaClient;

/**
 * The signers' one rule for levels: none asked → B-T with a TSA, else B-B; B-T and above need a TSA; B-B refuses one
 * (it would be silently ignored); B-LT/B-LTA need a revocation source; B-LTA only where the format supports it.
 */
public final class LevelRules {
    private LevelRules() {}

    /** The effective level, or a typed error naming what is missing or inconsistent. */
    public static SignatureLevel resolve(
            String format, SignatureLevel requested, TsaClient tsa, RevocationSource revocation, boolean ltaSupported) {
        SignatureLevel level = requested != null ? requested : tsa == null ? SignatureLevel.B_B : SignatureLevel.B_T;
        if (level == SignatureLevel.B_LTA && !ltaSupported) {
            throw new EgovClientException(format + " B-LTA is not supported in this version (B-B, B-T, B-LT)");
        }
        if (level != SignatureLevel.B_B && tsa == null) {
            throw new EgovClientException(level.label() + " needs a TSA (signature time-stamp)");
        }
        if (level == SignatureLevel.B_B && tsa != null) {
            throw new EgovClientException("B-B has no time-stamp: drop the TSA or choose B-T");
        }
        if (isLongTerm(level) && revocation == null) {
            throw new EgovClientException(level.label() + " needs a revocation source (OCSP / CRL)");
        }
        return level;
    }

    public static boolean isLongTerm(SignatureLevel level) {
        return level == SignatureLevel.B_LT || level == SignatureLevel.B_LTA;
    }
}
