package io.github.egovsdk.signature.verify;

/** Main status of a signature validation (ETSI EN 319 102-1 §5.1.3). */
public enum Indication {
    /** Every check passed. */
    TOTAL_PASSED,
    /** A check failed for good: the signature is invalid. */
    TOTAL_FAILED,
    /** A check could not conclude (untrusted chain, missing data, weak algorithm without proof of existence…). */
    INDETERMINATE
}
