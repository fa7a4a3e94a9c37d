package io.github.egovsdk.signature.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

/** The bytes a PDF signature covers, streamed from the file range by range: a 100 MB PDF is never held in memory. */
public final class ByteRangeContent implements CMSTypedData {
    private final Path file;
    private final long[] ranges;

    public ByteRangeContent(Path file, long[] ranges) {
        this.file = file;
        this.ranges = ranges.clone();
    }

    @Override
    public ASN1ObjectIdentifier getContentType() {
        return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            for (int i = 0; i + 1 < ranges.length; i += 2) {
                raf.seek(ranges[i]);
                long remaining = ranges[i + 1];
                while (remaining > 0) {
                    int n = raf.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                    if (n < 0) {
                        throw new IOException("ByteRange goes past the end of the file");
                    }
                    out.write(buffer, 0, n);
                    remaining -= n;
                }
            }
        }
    }

    @Override
    public Object getContent() {
        return file;
    }
}
