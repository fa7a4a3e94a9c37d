package io.github.egovsdk.vneid.chip;

/** A passive-authentication step that can fail (ICAO 9303 Part 11). */
public enum PaCheck {
    /** No EF.SOD was read: nothing can be authenticated. */
    SOD_MISSING,
    /** EF.SOD embeds no Document Signer certificate matching its signer. */
    DSC_MISSING,
    /** The SOD's CMS signature (signed attributes, message digest over the LDSSecurityObject) does not verify. */
    SOD_SIGNATURE,
    /** The DSC is not issued (name and signature) by any trusted CSCA. */
    DSC_CHAIN,
    /** The DSC's validity ended before the checking time. */
    DSC_EXPIRED,
    /** The DSC's validity starts after the checking time. */
    DSC_NOT_YET_VALID,
    /** The issuing CSCA's validity ended before the checking time. */
    CSCA_EXPIRED,
    /** The issuing CSCA's validity starts after the checking time. */
    CSCA_NOT_YET_VALID,
    /** A data group's hash differs from the SOD's: the data group was altered. */
    DG_HASH_MISMATCH,
    /** A data group was read that the SOD does not list: it is not authenticated. */
    DG_NOT_IN_SOD
}
