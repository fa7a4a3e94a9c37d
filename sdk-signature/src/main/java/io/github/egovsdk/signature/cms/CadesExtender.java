package io.github.egovsdk.signature.cms;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.internal.CadesArchive;
import io.github.egovsdk.signature.internal.CadesLongTerm;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Extends CAdES B-T signatures ({@code .p7s} or {@code .p7m}) to B-LT (ETSI EN 319 122-1): the certificates of the
 * signing and time-stamp chains go into {@code SignedData.certificates}, OCSP responses (as
 * {@code id-ri-ocsp-response}) and CRLs fetched through the {@link RevocationSource} into {@code SignedData.crls}.
 * Signer infos are untouched, so the signature and its time-stamp stay valid; a detached signature needs no content.
 * The signing certificates must be GOOD, else the extension is refused. Immutable and thread-safe; the output is
 * written atomically and may be the input.
 */
public final class CadesExtender {
    /** A CMS signature file larger than this is refused (it is read whole). */
    private static final long MAX_SIZE = 256L * 1024 * 1024;

    private final RevocationSource revocation;
    private final List<X509Certificate> certificates;
    private final TsaClient tsa;

    private CadesExtender(Builder b) {
        this.revocation = Objects.requireNonNull(b.revocation, "revocation source is required");
        this.certificates = List.copyOf(b.certificates);
        this.tsa = b.tsa;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Extends every signer of {@code input} to B-LT into {@code output}. */
    public void extend(Path input, Path output) {
        extend(input, output, SignatureLevel.B_LT, null);
    }

    /**
     * Extends every signer of {@code input} to {@code level} into {@code output}: B-LT adds the validation data,
     * B-LTA (needs a {@link Builder#tsa TSA}) then an archive-time-stamp-v3 — a B-LT file becomes B-LTA.
     * {@code detachedContent} is the signed file of a detached (.p7s) signature, or null.
     */
    public void extend(Path input, Path output, SignatureLevel level, Path detachedContent) {
        if (level != SignatureLevel.B_LT && level != SignatureLevel.B_LTA) {
            throw new EgovClientException("A CMS signature is extended to B-LT or B-LTA, not " + level.label());
        }
        if (level == SignatureLevel.B_LTA && tsa == null) {
            throw new EgovClientException("B-LTA needs a TSA for the archive time-stamp");
        }
        try {
            if (Files.size(input) > MAX_SIZE) {
                throw new EgovClientException("CMS file larger than " + MAX_SIZE + " bytes: " + input.getFileName());
            }
            CMSSignedData sd = new CMSSignedData(Files.readAllBytes(input));
            CMSSignedData lt = CadesLongTerm.add(sd, revocation, certificates);
            write(
                    (level == SignatureLevel.B_LTA ? CadesArchive.add(lt, tsa, detachedContent) : lt).getEncoded(),
                    output);
        } catch (CMSException | IllegalArgumentException e) {
            throw new EgovClientException("Not a CMS signature: " + input.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new EgovClientException("Cannot extend " + input + ": " + e.getMessage(), e);
        }
    }

    static void write(byte[] der, Path output) throws IOException {
        Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName(), ".part");
        try {
            Files.write(tmp, der);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Builder of {@link CadesExtender}. */
    public static final class Builder {
        private RevocationSource revocation;
        private TsaClient tsa;
        private final List<X509Certificate> certificates = new ArrayList<>();

        private Builder() {}

        /** Where revocation data comes from (required), e.g. {@code CompositeRevocationSource.ocspThenCrl()}. */
        public Builder revocation(RevocationSource revocation) {
            this.revocation = revocation;
            return this;
        }

        /** The TSA of the archive time-stamp (required for B-LTA). */
        public Builder tsa(TsaClient tsa) {
            this.tsa = tsa;
            return this;
        }

        /** Extra certificates to store and to find issuers among (e.g. the root and intermediate CAs). */
        public Builder certificates(List<X509Certificate> certificates) {
            this.certificates.addAll(certificates);
            return this;
        }

        public CadesExtender build() {
            return new CadesExtender(this);
        }
    }
}
