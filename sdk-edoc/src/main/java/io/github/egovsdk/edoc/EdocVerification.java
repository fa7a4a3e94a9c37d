package io.github.egovsdk.edoc;

import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * What {@link EdxmlVerifier} found in one message (văn bản điện tử): the envelope signature and the signatures inside
 * each attachment, reported separately because the axis re-serialises envelopes (an envelope that no longer verifies
 * after relay says nothing about the attached, legally signed files).
 *
 * @param envelope       how the header's signature was classified (NONE / PLACEHOLDER / XMLDSIG)
 * @param envelopeReport the verification of an {@code XMLDSIG} envelope signature; empty otherwise
 * @param attachments    one entry per attachment, in message order
 * @param warnings       e.g. an envelope signature that failed (reported as a warning, per reference §9)
 */
public record EdocVerification(
        EnvelopeSignature envelope,
        Optional<SignatureReport> envelopeReport,
        List<AttachmentVerification> attachments,
        List<String> warnings) {

    public EdocVerification {
        envelopeReport = envelopeReport == null ? Optional.empty() : envelopeReport;
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
    }

    /** True when the envelope is an XML-DSig signature and it is TOTAL_PASSED. */
    public boolean envelopeValid() {
        return envelopeReport.map(SignatureReport::passed).orElse(false);
    }

    /** True when at least one attachment is signed and every signed attachment's signatures are TOTAL_PASSED. */
    public boolean attachmentsValid() {
        List<ValidationReport> signed = attachments.stream()
                .flatMap(a -> a.report().stream())
                .filter(r -> !r.signatures().isEmpty())
                .toList();
        return !signed.isEmpty() && signed.stream().allMatch(ValidationReport::valid);
    }

    /**
     * One attachment's check.
     *
     * @param name        {@code AttachmentName}
     * @param contentType the attachment's content type
     * @param report      the signatures found in it; empty when it is not a PDF/XML/CMS signature container
     * @param note        why there is no report (not a signature format), or null
     */
    public record AttachmentVerification(
            String name, String contentType, Optional<ValidationReport> report, String note) {
        public AttachmentVerification {
            report = report == null ? Optional.empty() : report;
        }
    }
}
