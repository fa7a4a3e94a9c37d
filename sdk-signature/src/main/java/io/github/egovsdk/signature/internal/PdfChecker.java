package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidationException;
import io.github.egovsdk.signature.verify.SubIndication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * PAdES / PDF signature checks: ByteRange sanity (starts at 0, inside the file, no overlap, the gap is exactly the
 * /Contents string), CMS verification over the byte ranges (streamed), and what changed after each signature's
 * revision: later signatures, DSS data and annotations are permitted; changed pages or page content (shadow attacks)
 * are not.
 */
public final class PdfChecker {
    private PdfChecker() {}

    public static List<SignatureReport> check(Path file, ValidationContext ctx) {
        long length;
        List<Checked> signatures = new ArrayList<>();
        List<DocTimestampChecker.DocTimestamp> docTimestamps = new ArrayList<>();
        DssData dss;
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            length = Files.size(file);
            dss = DssData.read(doc);
            ValidationContext docCtx = dss == null ? ctx : ctx.withEmbedded(dss, dss.certificates());
            List<String> finalPages = PageFingerprints.of(doc);
            int index = 0;
            for (PDSignature sig : doc.getSignatureDictionaries()) {
                if (DocTimestampChecker.isDocTimestamp(sig)) {
                    docTimestamps.add(DocTimestampChecker.check(file, length, sig, docCtx));
                    continue;
                }
                index++;
                signatures.add(checkOne(file, length, sig, index, finalPages, doc, docCtx));
            }
        } catch (IOException e) {
            throw new SignatureValidationException("Not a readable PDF: " + e.getMessage(), e);
        }
        return signatures.stream()
                .map(c -> PadesLevel.upgrade(c, dss, docTimestamps, ctx))
                .toList();
    }

    /** A checked signature with what the level needs: where its revision ends, its certificate and chain. */
    static final String ETSI_CADES = "ETSI.CAdES.detached";

    record Checked(SignatureReport report, long revisionEnd, X509Certificate certificate, List<X509Certificate> pool) {}

    private static Checked checkOne(
            Path file,
            long length,
            PDSignature sig,
            int index,
            List<String> finalPages,
            PDDocument finalDoc,
            ValidationContext ctx)
            throws IOException {
        Verdict v = new Verdict();
        String id = sig.getName() != null ? "Signature" + index + " (" + sig.getName() + ")" : "Signature" + index;
        int[] br = sig.getByteRange();
        long[] ranges = null;
        if (br == null || br.length != 4) {
            v.fail(
                    SubIndication.FORMAT_FAILURE,
                    "BYTE_RANGE_SHAPE",
                    "The /ByteRange is not four numbers",
                    "/ByteRange không hợp lệ");
        } else {
            long a = br[0];
            long b = br[1];
            long c = br[2];
            long d = br[3];
            if (a != 0 || b <= 0 || c <= b || d < 0 || c + d > length) {
                v.fail(
                        SubIndication.FORMAT_FAILURE,
                        "BYTE_RANGE_BOUNDS",
                        "The /ByteRange [" + a + " " + b + " " + c + " " + d
                                + "] does not start at 0, overlaps or points outside the " + length + "-byte file",
                        "/ByteRange không bắt đầu từ 0, chồng lấn hoặc vượt ngoài tệp");
            } else if (!gapIsContents(file, b, c, sig.getContents())) {
                v.fail(
                        SubIndication.FORMAT_FAILURE,
                        "CONTENTS_NOT_IN_GAP",
                        "The bytes left out of the signature are"
                                + " not exactly this signature's /Contents (signature dictionary moved or modified)",
                        "Phần không được ký không đúng là /Contents của chữ ký (từ điển chữ ký bị sửa đổi)");
            } else {
                ranges = new long[] {a, b, c, d};
            }
        }
        boolean whole = ranges != null && ranges[2] + ranges[3] == length;
        boolean modified = false;
        if (ranges != null && !whole) {
            modified = modifications(file, ranges[2] + ranges[3], finalPages, finalDoc, sig.getContents(), ctx, v);
        }
        byte[] contents = sig.getContents();
        CMSSignedData sd;
        try {
            sd = parseCms(
                    contents,
                    ranges == null ? null : new ByteRangeContent(file, ranges),
                    "adbe.pkcs7.sha1".equals(sig.getSubFilter()));
        } catch (CMSException | IOException | RuntimeException e) {
            v.fail(
                    SubIndication.FORMAT_FAILURE,
                    "CMS_UNREADABLE",
                    "The signature's CMS cannot be read",
                    "Không đọc được cấu trúc CMS của chữ ký");
            return new Checked(
                    new SignatureReport(
                            id, "PKCS7", v.indication(), v.sub(), null, null, null, whole, modified, v.messages()),
                    0,
                    null,
                    List.of());
        }
        if ("adbe.pkcs7.sha1".equals(sig.getSubFilter()) && ranges != null) {
            sha1SubFilter(sd, file, ranges, v);
        }
        if (ranges == null) {
            // Crypto cannot be checked without valid ranges; report the format failure with the signer if known.
            return new Checked(
                    new SignatureReport(
                            id, "PKCS7", v.indication(), v.sub(), null, null, null, false, modified, v.messages()),
                    0,
                    null,
                    List.of());
        }
        // Only ETSI.CAdES.detached is PAdES (EN 319 142-1); adbe.pkcs7.detached / .sha1 are PKCS7 whatever they carry.
        String base = PdfChecker.ETSI_CADES.equals(sig.getSubFilter()) ? "PAdES" : null;
        SignatureReport r =
                CmsChecker.check(sd, "", base, "PKCS7", ctx, List.of(v)).get(0);
        List<X509Certificate> pool = CmsChecker.certificates(sd);
        X509Certificate cert = r.signer() == null
                ? null
                : pool.stream()
                        .filter(c -> c.getSerialNumber().equals(r.signer().serialNumber())
                                && c.getIssuerX500Principal()
                                        .getName()
                                        .equals(r.signer().issuer()))
                        .findFirst()
                        .orElse(null);
        return new Checked(
                new SignatureReport(
                        id,
                        r.format(),
                        r.indication(),
                        r.subIndication(),
                        r.signer(),
                        r.signingTime(),
                        r.timestamp(),
                        whole,
                        modified,
                        r.messages()),
                ranges[2] + ranges[3],
                cert,
                pool);
    }

    /** The signed revision (the file's first {@code end} bytes), streamed to a temporary file. */
    static Path revisionCopy(Path file, long end) throws IOException {
        Path copy = Files.createTempFile("signed-revision", ".pdf");
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[64 * 1024];
            long remaining = end;
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                remaining -= n;
            }
        }
        return copy;
    }

    /** The gap between the ranges must be the hex string {@code <...>} holding this dictionary's /Contents. */
    static boolean gapIsContents(Path file, long from, long to, byte[] contents) throws IOException {
        long size = to - from;
        if (size < 2 || size > 16L * 1024 * 1024) {
            return false;
        }
        byte[] gap = new byte[(int) size];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(from);
            raf.readFully(gap);
        }
        if (gap[0] != '<' || gap[gap.length - 1] != '>') {
            return false;
        }
        String hex = new String(gap, 1, gap.length - 2, StandardCharsets.US_ASCII).replaceAll("\\s", "");
        if (hex.length() % 2 != 0 || !hex.matches("[0-9A-Fa-f]*")) {
            return false;
        }
        return Arrays.equals(HexFormat.of().parseHex(hex), contents);
    }

    /** Parses only the first ASN.1 object: /Contents is zero-padded, and BouncyCastle refuses trailing data. */
    static CMSSignedData parseCms(byte[] contents, ByteRangeContent detached, boolean encapsulated)
            throws IOException, CMSException {
        ASN1Primitive first;
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            first = in.readObject();
        }
        if (first == null) {
            throw new CMSException("empty /Contents");
        }
        ContentInfo info = ContentInfo.getInstance(first);
        return encapsulated || detached == null ? new CMSSignedData(info) : new CMSSignedData(detached, info);
    }

    private static void sha1SubFilter(CMSSignedData sd, Path file, long[] ranges, Verdict v) throws IOException {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            new ByteRangeContent(file, ranges).write(new DigestOutputStream(OutputStream.nullOutputStream(), sha1));
            Object content =
                    sd.getSignedContent() == null ? null : sd.getSignedContent().getContent();
            byte[] signed = content instanceof byte[] bytes ? bytes : null;
            if (signed == null || !MessageDigest.isEqual(signed, sha1.digest())) {
                v.fail(
                        SubIndication.HASH_FAILURE,
                        "SHA1_CONTENT",
                        "The SHA-1 digest signed does not match the" + " document",
                        "Giá trị băm SHA-1 được ký không khớp với tài liệu");
            }
            v.weak(
                    "WEAK_DIGEST",
                    "adbe.pkcs7.sha1 signs a SHA-1 digest of the document",
                    "Chữ ký adbe.pkcs7.sha1 dùng thuật toán băm SHA-1 không an toàn");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean modifications(
            Path file,
            long revisionEnd,
            List<String> finalPages,
            PDDocument finalDoc,
            byte[] contents,
            ValidationContext ctx,
            Verdict v) {
        List<String> signedPages;
        List<String> redefined;
        Path copy = null;
        try {
            copy = revisionCopy(file, revisionEnd);
            try (PDDocument revision = Loader.loadPDF(new RandomAccessReadBufferedFile(copy.toFile()))) {
                signedPages = PageFingerprints.of(revision);
                redefined = RedefinedObjects.notPermitted(revision, finalDoc, contents);
            }
        } catch (IOException | RuntimeException e) {
            v.warn(
                    "REVISION_UNREADABLE",
                    "The signed revision cannot be read to compare it with the final document",
                    "Không đọc được phiên bản đã ký để so sánh");
            return false;
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // temporary file
                }
            }
        }
        // each change in both languages, built side by side as every other finding is
        List<String> changes = new ArrayList<>(redefined);
        List<String> changesVi = new ArrayList<>(redefined);
        if (signedPages.size() != finalPages.size()) {
            changes.add("page count " + signedPages.size() + " → " + finalPages.size());
            changesVi.add("số trang " + signedPages.size() + " → " + finalPages.size());
        }
        for (int i = 0; i < Math.min(signedPages.size(), finalPages.size()); i++) {
            if (!signedPages.get(i).equals(finalPages.get(i))) {
                changes.add("content of page " + (i + 1));
                changesVi.add("nội dung trang " + (i + 1));
            }
        }
        if (changes.isEmpty()) {
            v.info(
                    "LATER_REVISIONS",
                    "The document was updated after this signature with permitted changes only"
                            + " (signatures, annotations, form fields, validation data)",
                    "Tài liệu được cập nhật sau khi ký"
                            + " chỉ với các thay đổi được phép (chữ ký, chú thích, trường biểu mẫu, dữ liệu xác thực)");
            return false;
        }
        String en = "Changed after signing in a way that is not permitted: " + String.join(", ", changes);
        String vi = "Tài liệu bị sửa đổi sau khi ký (không được phép): " + String.join(", ", changesVi);
        if (ctx.policy().failOnModification()) {
            v.fail(SubIndication.FORMAT_FAILURE, "MODIFIED_AFTER_SIGNING", en, vi);
        } else {
            v.warn("MODIFIED_AFTER_SIGNING", en, vi);
        }
        return true;
    }
}
