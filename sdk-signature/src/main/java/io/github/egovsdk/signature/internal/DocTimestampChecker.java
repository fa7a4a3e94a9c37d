package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.ReportMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * A PAdES document time-stamp ({@code /Type /DocTimeStamp}, SubFilter {@code ETSI.RFC3161}): the ByteRange rules of
 * signatures, the token's message imprint over the covered bytes, the TSA's signature and its chain; and the DSS of
 * the revision it covers, which is what B-LTA protects.
 */
final class DocTimestampChecker {
    private DocTimestampChecker() {}

    /**
     * @param end        where the time-stamped revision ends
     * @param valid      imprint and TSA signature verify (the TSA chain is reported, not required, for the level)
     * @param time       genTime, or null when unreadable
     * @param coveredDss the DSS of the time-stamped revision, or null
     * @param messages   findings to show on the signatures it covers
     */
    record DocTimestamp(long end, boolean valid, Instant time, DssData coveredDss, List<ReportMessage> messages) {}

    static boolean isDocTimestamp(PDSignature sig) {
        return "ETSI.RFC3161".equals(sig.getSubFilter())
                || "DocTimeStamp".equals(sig.getCOSObject().getNameAsString(COSName.TYPE));
    }

    static DocTimestamp check(Path file, long length, PDSignature sig, ValidationContext ctx) {
        int[] br = sig.getByteRange();
        List<ReportMessage> messages = new ArrayList<>();
        if (br == null
                || br.length != 4
                || br[0] != 0
                || br[1] <= 0
                || br[2] <= br[1]
                || br[3] < 0
                || (long) br[2] + br[3] > length) {
            messages.add(ReportMessage.warning(
                    "DOC_TIMESTAMP_INVALID",
                    "A document time-stamp has a broken" + " /ByteRange",
                    "Dấu thời gian tài liệu có /ByteRange không hợp lệ"));
            return new DocTimestamp(0, false, null, null, messages);
        }
        long[] ranges = {br[0], br[1], br[2], br[3]};
        long end = ranges[2] + ranges[3];
        try {
            if (!PdfChecker.gapIsContents(file, ranges[1], ranges[2], sig.getContents())) {
                throw new IOException("the gap is not this time-stamp's /Contents");
            }
            TimeStampToken token = new TimeStampToken(PdfChecker.parseCms(sig.getContents(), null, true));
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            String alg = new DefaultAlgorithmNameFinder()
                    .getAlgorithmName(token.getTimeStampInfo().getMessageImprintAlgOID());
            MessageDigest md = MessageDigest.getInstance(alg);
            new ByteRangeContent(file, ranges).write(new DigestOutputStream(OutputStream.nullOutputStream(), md));
            boolean imprint =
                    MessageDigest.isEqual(md.digest(), token.getTimeStampInfo().getMessageImprintDigest());
            X509Certificate tsa = tsaCertificate(token);
            boolean signature = imprint
                    && tsa != null
                    && token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            if (!signature) {
                messages.add(ReportMessage.warning(
                        "DOC_TIMESTAMP_INVALID",
                        "The document time-stamp of " + time + " does not match the document",
                        "Dấu thời gian tài liệu lúc " + time + " không khớp với tài liệu"));
                return new DocTimestamp(end, false, time, null, messages);
            }
            Verdict chain = new Verdict();
            CertificateChecks.chain(
                    tsa,
                    CmsChecker.certificates(token.toCMSSignedData()),
                    ctx.withEmbedded(null, ctx.embeddedCertificates()),
                    time,
                    chain);
            if (chain.indication() != Indication.TOTAL_PASSED) {
                messages.add(ReportMessage.warning(
                        "DOC_TIMESTAMP_UNTRUSTED",
                        "The document time-stamp's TSA is not" + " trusted: " + chain.sub(),
                        "Đơn vị cấp dấu thời gian tài liệu không được tin cậy"));
            }
            messages.add(ReportMessage.info(
                    "DOC_TIMESTAMP",
                    "Document time-stamp (archive) of " + time + " covers this signature and the validation data",
                    "Dấu thời gian tài liệu lúc " + time + " bảo vệ chữ ký và dữ liệu xác thực"));
            return new DocTimestamp(end, true, time, coveredDss(file, end), messages);
        } catch (Exception e) {
            messages.add(ReportMessage.warning(
                    "DOC_TIMESTAMP_INVALID",
                    "A document time-stamp cannot be verified: " + e.getMessage(),
                    "Không kiểm tra được dấu thời gian tài liệu"));
            return new DocTimestamp(end, false, null, null, messages);
        }
    }

    private static DssData coveredDss(Path file, long end) throws IOException {
        Path copy = PdfChecker.revisionCopy(file, end);
        try (PDDocument revision = Loader.loadPDF(new RandomAccessReadBufferedFile(copy.toFile()))) {
            return DssData.read(revision);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate tsaCertificate(TimeStampToken token) throws CertificateException {
        Collection<X509CertificateHolder> m = token.getCertificates().getMatches((Selector) token.getSID());
        return m.isEmpty()
                ? null
                : new JcaX509CertificateConverter().getCertificate(m.iterator().next());
    }
}
