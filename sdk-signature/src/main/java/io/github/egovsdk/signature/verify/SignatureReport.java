package io.github.egovsdk.signature.verify;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one signature (the {@code signatures[]} entry of {@code egov verify --json}).
 *
 * @param id                   position or field name
 * @param format               e.g. {@code PAdES-BASELINE-B}, {@code PKCS7}, {@code XAdES-BASELINE-B}, {@code CMS}
 * @param indication           TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE
 * @param subIndication        why not passed, or null
 * @param signer               the signing certificate's subject, issuer and serial, or null when not found
 * @param signingTime          the claimed signing time, or null
 * @param timestamp            the signature time-stamp, or null
 * @param coversWholeDocument  whether the signature covers the whole file (PDF: the last revision)
 * @param modifiedAfterSigning PDF: non-permitted changes after this signature's revision
 * @param messages             findings in English and Vietnamese
 */
public record SignatureReport(
        String id,
        String format,
        Indication indication,
        SubIndication subIndication,
        Signer signer,
        Instant signingTime,
        Timestamp timestamp,
        boolean coversWholeDocument,
        boolean modifiedAfterSigning,
        List<ReportMessage> messages) {

    public SignatureReport {
        messages = List.copyOf(messages);
    }

    /** The signing certificate's identity. */
    public record Signer(String subject, String issuer, BigInteger serialNumber) {
        public String serialHex() {
            return serialNumber.toString(16);
        }
    }

    /** A time-stamp token's time and whether it verified. */
    public record Timestamp(Instant time, boolean valid) {}

    public Optional<SubIndication> sub() {
        return Optional.ofNullable(subIndication);
    }

    public boolean passed() {
        return indication == Indication.TOTAL_PASSED;
    }
}
