package io.github.egovsdk.signature.verify;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.github.egovsdk.core.xml.XmlSecurityException;
import io.github.egovsdk.signature.internal.CertificateChecks;
import io.github.egovsdk.signature.internal.CmsChecker;
import io.github.egovsdk.signature.internal.PdfChecker;
import io.github.egovsdk.signature.internal.ValidationContext;
import io.github.egovsdk.signature.internal.XmlChecker;
import io.github.egovsdk.signature.revocation.RevocationSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableFile;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Verifies every signature in a PDF (PAdES / PKCS#7), an XML file (XAdES / XML-DSig, including edXML) or a CMS file
 * (.p7s detached, .p7m enveloping), with ETSI EN 319 102-1 indications and messages in English and Vietnamese.
 *
 * <pre>{@code
 * SignatureValidator validator = SignatureValidator.builder().trustAnchors(TrustAnchors.fromPath(caDir)).build();
 * ValidationReport report = validator.validate(Path.of("cong-van.pdf"));
 * }</pre>
 * Validation data embedded in the document (the DSS of PAdES B-LT / B-LTA, XAdES RevocationValues, CAdES
 * SignedData.crls) is always used first for revocation; the online
 * source, if any, only when it has no answer. Immutable and thread-safe. Without trust anchors, the best result is
 * INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND.
 *
 * <p>A malformed <em>signature</em> in a readable container (a CMS signer whose attributes do not decode, a PDF
 * signature dictionary without a usable CMS) is a verdict — TOTAL_FAILED / FORMAT_FAILURE with a message. Only a file
 * that is not a signature container at all, or cannot be read, throws {@link SignatureValidationException}; no other
 * exception leaves {@code validate}.
 */
public final class SignatureValidator {
    /** Larger files are refused as absurd for a signed document (CMS and XML are read whole; PDFs stream). */
    private static final long MAX_XML_OR_CMS = 256L * 1024 * 1024;

    private final ValidationContext context;

    private SignatureValidator(Builder b) {
        this.context =
                new ValidationContext(CertificateChecks.anchors(b.anchors), b.policy, b.clock, b.revocation, b.offline);
    }

    private static final ObservationContext OBSERVED =
            ObservationContext.of(ObservationContext.VERIFY, "SignatureValidator", "validate");

    public static Builder builder() {
        return new Builder();
    }

    public ValidationReport validate(Path file) {
        return validate(file, null);
    }

    /**
     * Validates {@code file}; {@code detachedContent} is the signed data of a detached signature: a CMS .p7s, or the
     * file an XML signature references by URI (XAdES detached). External XML references are only ever resolved to it.
     */
    public ValidationReport validate(Path file, Path detachedContent) {
        return EgovObservations.observe(OBSERVED, () -> validateNow(file, detachedContent));
    }

    private ValidationReport validateNow(Path file, Path detachedContent) {
        if (!Files.isRegularFile(file)) {
            throw new SignatureValidationException("No such file: " + file);
        }
        String kind = sniff(file);
        try {
            List<SignatureReport> reports =
                    switch (kind) {
                        case "PDF" -> PdfChecker.check(file, context);
                        case "XML" -> XmlChecker.check(file, context, detachedContent);
                        default -> cms(file, detachedContent);
                    };
            return new ValidationReport(file.getFileName().toString(), kind, reports);
        } catch (XmlSecurityException e) {
            throw new SignatureValidationException("XML refused: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SignatureValidationException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (EgovException e) {
            throw e;
        } catch (RuntimeException e) {
            // The parser's one boundary: PDFBox, Santuario and BouncyCastle report some malformed structures with
            // their runtime exceptions; what the checkers could not turn into a verdict is a malformed file.
            throw new SignatureValidationException(
                    kind + " file " + file.getFileName() + " is malformed: "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    e);
        }
    }

    private List<SignatureReport> cms(Path file, Path detached) throws IOException {
        if (Files.size(file) > MAX_XML_OR_CMS) {
            throw new SignatureValidationException("CMS file larger than " + MAX_XML_OR_CMS + " bytes");
        }
        CMSSignedData sd;
        // One read of the whole (bounded) file: ASN1InputStream over an unbuffered file stream reads a few bytes per
        // system call, which cost more than the signature check itself on small .p7s files.
        byte[] der = Files.readAllBytes(file);
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw new SignatureValidationException("Empty file: not a signature container");
            }
            ContentInfo info = ContentInfo.getInstance(first);
            sd = detached != null
                    ? new CMSSignedData(new CMSProcessableFile(detached.toFile()), info)
                    : new CMSSignedData(info);
        } catch (SignatureValidationException e) {
            throw e;
        } catch (CMSException | RuntimeException e) {
            throw new SignatureValidationException("Not a CMS/PKCS#7 signature: " + e.getMessage(), e);
        }
        if (sd.getSignedContent() == null && detached == null) {
            throw new SignatureValidationException("Detached signature: give the signed content (--detached)");
        }
        List<SignatureReport> out =
                new ArrayList<>(CmsChecker.check(sd, "Signature", "CAdES", "CMS", context, List.of()));
        if (out.isEmpty()) {
            throw new SignatureValidationException("The CMS structure holds no signer");
        }
        return out;
    }

    private static String sniff(Path file) {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new SignatureValidationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String s = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (n > 0 && (head[0] & 0xFF) == 0x30) {
            return "CMS"; // a DER SEQUENCE: CMS, even when the content it envelops is a PDF
        }
        if (s.contains("%PDF-")) {
            return "PDF";
        }
        String t = s.stripLeading();
        if (t.startsWith("\u00EF\u00BB\u00BF")) {
            t = t.substring(3);
        }
        if (t.startsWith("<")) {
            return "XML";
        }
        throw new SignatureValidationException("Not a PDF, XML or CMS signature file: " + file.getFileName());
    }

    /** Builder of {@link SignatureValidator}. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private ValidationPolicy policy = ValidationPolicy.strict();
        private Clock clock = Clock.systemUTC();
        private RevocationSource revocation;
        private boolean offline;

        private Builder() {}

        /**
         * Never use the network: revocation comes only from the validation data embedded in the document (PAdES
         * B-LT/B-LTA DSS, XAdES CertificateValues/RevocationValues, CAdES SignedData certificates/crls), even if an
         * online {@link #revocation} source is set. Without embedded data, revocation is
         * then not checked.
         */
        public Builder offline(boolean offline) {
            this.offline = offline;
            return this;
        }

        /**
         * Checks the signer's certificate status (e.g. {@link
         * io.github.egovsdk.signature.revocation.OcspRevocationSource}); without one, validation is offline and
         * revocation is not checked.
         */
        public Builder revocation(RevocationSource revocation) {
            this.revocation = revocation;
            return this;
        }

        /** Roots trusted for chain building (e.g. the Vietnam National Root CA). */
        public Builder trustAnchors(List<X509Certificate> roots) {
            this.anchors.addAll(roots);
            return this;
        }

        public Builder trustAnchor(X509Certificate root) {
            this.anchors.add(Objects.requireNonNull(root));
            return this;
        }

        public Builder policy(ValidationPolicy policy) {
            this.policy = Objects.requireNonNull(policy);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public SignatureValidator build() {
            return new SignatureValidator(this);
        }
    }
}
