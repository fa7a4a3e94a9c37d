package io.github.egovsdk.signature.internal.pdf;

import io.github.egovsdk.signature.internal.ByteRangeContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import org.bouncycastle.cms.CMSTypedData;

/**
 * PAdES signing without loading the document: the original bytes are copied to the output channel to channel, the
 * signature revision ({@link SignatureRevision}) is appended, and the CMS is computed over the two ByteRange ranges
 * streamed back from the output file, then written into the {@code /Contents} placeholder in place. Heap use does
 * not grow with the document (a 200 MB PDF signs in a small heap).
 *
 * <p>Handles classic cross-reference tables, cross-reference streams with object streams, and hybrid files, for an
 * invisible signature. {@link #trySign} returns false — the caller then signs through PDFBox — for what it does not
 * handle: encrypted documents, a damaged or inconsistent cross-reference (PDFBox reconstructs it), unknown stream
 * filters in the cross-reference or object streams.
 */
public final class StreamingPadesWriter {
    private StreamingPadesWriter() {}

    /**
     * What the signature dictionary says.
     *
     * @param name          {@code /Name}, or null
     * @param reason        {@code /Reason}, or null
     * @param location      {@code /Location}, or null
     * @param signingTimeMs {@code /M}, the claimed signing time
     * @param contentsBytes bytes reserved for the CMS in {@code /Contents}
     */
    public record Fields(String name, String reason, String location, long signingTimeMs, int contentsBytes) {}

    /** Builds the CMS over the signed ranges (streamed, never buffered). */
    @FunctionalInterface
    public interface CmsFactory {
        byte[] sign(CMSTypedData signedRanges) throws IOException;
    }

    /**
     * Signs {@code input} into {@code output} (a different file). Returns false, having written nothing usable, when
     * the document needs the PDFBox path; throws for I/O failures and for a CMS larger than the reserved space.
     */
    public static boolean trySign(Path input, Path output, Fields fields, CmsFactory cms) throws IOException {
        SignatureRevision.Built built;
        long length;
        try (FileChannel in = FileChannel.open(input, StandardOpenOption.READ)) {
            length = in.size();
            try {
                built = revision(in, length, fields);
            } catch (StreamingPdfException e) {
                return false;
            }
            try (FileChannel out = FileChannel.open(
                    output,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                long copied = 0;
                while (copied < length) {
                    long n = in.transferTo(copied, length - copied, out);
                    if (n <= 0) {
                        throw new IOException("the input file shrank while it was being signed");
                    }
                    copied += n;
                }
                writeFully(out, ByteBuffer.wrap(built.bytes()), length);
            }
        }
        byte[] signature = cms.sign(new ByteRangeContent(output, built.byteRange()));
        String hex = HexFormat.of().formatHex(signature);
        if (hex.length() > built.contentsHexLength()) {
            throw new IOException("the signature (" + signature.length + " bytes) is larger than the "
                    + built.contentsHexLength() / 2 + " bytes reserved");
        }
        try (FileChannel out = FileChannel.open(output, StandardOpenOption.WRITE)) {
            writeFully(out, ByteBuffer.wrap(hex.getBytes(StandardCharsets.US_ASCII)), built.contentsOffset() + 1);
        }
        return true;
    }

    private static SignatureRevision.Built revision(FileChannel in, long length, Fields fields)
            throws StreamingPdfException, IOException {
        try {
            PdfInput input = PdfInput.of(in);
            XrefReader.Xref xref = XrefReader.read(input);
            input.seek(length - 1);
            int lastByte = input.read();
            return SignatureRevision.build(new PdfObjects(input, xref), length, lastByte, fields);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ClassCastException | IndexOutOfBoundsException | NumberFormatException e) {
            // a value of an unexpected type where the structure is fixed (e.g. /W [1 (2) 1]): damaged structure
            throw new StreamingPdfException("unexpected value in the document structure: " + e.getMessage());
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += out.write(buffer, at);
        }
    }
}
