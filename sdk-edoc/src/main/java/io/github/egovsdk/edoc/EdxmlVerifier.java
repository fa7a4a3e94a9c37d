package io.github.egovsdk.edoc;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.edoc.EdocVerification.AttachmentVerification;
import io.github.egovsdk.edoc.internal.HeaderDom;
import io.github.egovsdk.edoc.internal.HeaderSignatureScope;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidationException;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3c.dom.Document;

/**
 * Verifies an edXML message's envelope signature and the signatures inside its attachments, through sdk-signature's
 * {@link SignatureValidator} (same trust anchors, policy and revocation for both).
 *
 * <p>The envelope is classified first (reference §9): only a real XML-DSig signature is verified. A header-scoped
 * signature (as {@link EdxmlWriter#withHeaderSignature} writes) is verified on the header alone, read by streaming
 * — large attachments are never loaded into memory for it; a signature scoped otherwise is verified on the whole
 * message. Attachments are decoded one by one to a private temporary folder (zip wrappers unwrapped), checked and
 * deleted. Immutable and thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * SignatureValidator validator = SignatureValidator.builder().trustAnchors(TrustAnchors.fromPath(caDir)).build();
 * EdocVerification v = EdxmlVerifier.of(validator).verify(file);
 * v.attachmentsValid();   // the signed attachments (the legally binding PAdES signature of the letter)
 * v.envelopeValid();      // the header's XML-DSig signature, if any (informational: relays may break it)
 * }</pre>
 */
public final class EdxmlVerifier {
    private final SignatureValidator validator;

    private EdxmlVerifier(SignatureValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** A verifier that uses {@code validator} (its trust anchors, policy, revocation) for every signature. */
    public static EdxmlVerifier of(SignatureValidator validator) {
        return new EdxmlVerifier(validator);
    }

    public EdocVerification verify(Path edxml) {
        Path work = null;
        try {
            work = Files.createTempDirectory("egov-edoc-verify");
            ParsedEdxml parsed = EdxmlReader.builder()
                    .attachmentDirectory(work)
                    .unwrapZippedAttachments(true)
                    .build()
                    .read(edxml);
            List<String> warnings = new ArrayList<>();
            Optional<SignatureReport> envelope = Optional.empty();
            if (parsed.signature() == EnvelopeSignature.XMLDSIG) {
                envelope = verifyEnvelope(edxml, work, warnings);
            }
            List<AttachmentVerification> attachments = new ArrayList<>();
            for (ParsedAttachment a : parsed.attachments()) {
                attachments.add(verifyAttachment(a));
            }
            return new EdocVerification(parsed.signature(), envelope, attachments, warnings);
        } catch (IOException e) {
            throw new EgovClientException("Cannot verify " + edxml + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private Optional<SignatureReport> verifyEnvelope(Path edxml, Path work, List<String> warnings) throws IOException {
        Document header = HeaderDom.read(edxml);
        HeaderSignatureScope scope = HeaderSignatureScope.of(header);
        if (scope.signatureCount() != 1 || !scope.signatureInHeader()) {
            warnings.add("Envelope: expected exactly one XML-DSig Signature, in edXMLHeader; found "
                    + scope.signatureCount() + (scope.signatureInHeader() ? "" : " elsewhere") + " — not verified");
            return Optional.empty();
        }
        Path target = edxml;
        if (scope.headerScoped()) {
            target = work.resolve("envelope-header.xml");
            HeaderDom.write(header, target);
        }
        ValidationReport report = validator.validate(target);
        Optional<SignatureReport> result = report.signatures().stream().findFirst();
        if (result.isPresent() && !result.get().passed()) {
            warnings.add("Envelope signature is " + result.get().indication()
                    + result.get().sub().map(s -> "/" + s).orElse("")
                    + " (expected after relay: the axis re-serialises messages); attachments are checked separately");
        }
        return result;
    }

    private AttachmentVerification verifyAttachment(ParsedAttachment a) {
        Path content = a.contentFile().orElse(null);
        if (content == null) {
            return new AttachmentVerification(a.name(), a.contentType(), Optional.empty(), "content not kept");
        }
        try {
            return new AttachmentVerification(
                    a.name(), a.contentType(), Optional.of(validator.validate(content)), null);
        } catch (SignatureValidationException e) {
            return new AttachmentVerification(
                    a.name(), a.contentType(), Optional.empty(), "not a signed PDF/XML/CMS file: " + e.getMessage());
        } finally {
            deleteQuietly(content);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try (Stream<Path> all = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // temporary files only; the folder is private to this call
        }
    }
}
