package io.github.egovsdk.edoc.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.AttachmentLimitException;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.UnzipLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unwrapping a zipped attachment is bounded: past a limit, a typed error and nothing left on disk. */
class ZipBombTest {

    /** {@code size} zero bytes, generated (never held in memory). */
    static InputStream zeros(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    /** An official-SDK-style message whose one attachment wraps {@code size} zero bytes (ratio about 1000). */
    static Path bomb(Path dir, long size) {
        Path edxml = dir.resolve("bomb.edxml");
        EdxmlWriter.withOfficialZipRule()
                .write(
                        AttachmentFidelityTest.document(
                                Attachment.of("1", "bao-cao.bin", null, null, () -> zeros(size))),
                        edxml);
        return edxml;
    }

    @Test
    void read_whenWrapperExpandsPastTheRatio_refusesAndLeavesNoFile(@TempDir Path dir) throws Exception {
        Path edxml = bomb(dir, 64L << 20);
        assertThat(Files.size(edxml)).isLessThan(200_000);
        Path out = dir.resolve("out");

        assertThatThrownBy(() ->
                        EdxmlReader.builder().attachmentDirectory(out).build().read(edxml))
                .isInstanceOfSatisfying(AttachmentLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("maxRatio");
                    assertThat(e.attachmentName()).isEqualTo("bao-cao.bin");
                    assertThat(e.getMessage())
                            .contains("expands more than 100 times")
                            .contains("bị từ chối");
                });
        assertThat(out).doesNotExist();
        long spooledBefore = spooled();
        assertThatThrownBy(() -> EdxmlReader.builder().build().read(edxml))
                .isInstanceOf(AttachmentLimitException.class);
        assertThat(spooled()).as("temporary spool files left").isEqualTo(spooledBefore);
    }

    @Test
    void read_whenWrapperExceedsTheSizeLimit_refusesWithTheLimitNamed(@TempDir Path dir) throws Exception {
        byte[] noise = new byte[3 << 20];
        new Random(7).nextBytes(noise); // incompressible: the ratio stays near 1
        Path file = Files.write(dir.resolve("du-lieu.bin"), noise);
        Path edxml = dir.resolve("big.edxml");
        EdxmlWriter.withOfficialZipRule().write(AttachmentFidelityTest.document(Attachment.ofFile("1", file)), edxml);
        Path existing = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(existing.resolve("keep.txt"), "not ours");

        assertThatThrownBy(() -> EdxmlReader.builder()
                        .attachmentDirectory(existing)
                        .unzipLimits(new UnzipLimits(2L << 20, 100, 10))
                        .build()
                        .read(edxml))
                .isInstanceOfSatisfying(AttachmentLimitException.class, e -> assertThat(e.limit())
                        .isEqualTo("maxUncompressedBytes"));
        try (Stream<Path> left = Files.list(existing)) {
            assertThat(left.toList()).containsExactly(existing.resolve("keep.txt"));
        }
        assertThat(EdxmlReader.builder()
                        .attachmentDirectory(dir.resolve("ok"))
                        .build()
                        .read(edxml)
                        .attachments()
                        .get(0)
                        .size())
                .as("within the default limits")
                .isEqualTo(noise.length);
    }

    @Test
    void read_whenZipLabelledAsWrapperListsTooManyEntries_refusesUnread(@TempDir Path dir) throws Exception {
        Path many = dir.resolve("many.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 20; i++) {
                zip.putNextEntry(new ZipEntry("part-" + i + ".txt"));
                zip.write(("phần " + i).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path edxml = dir.resolve("many.edxml");
        EdxmlWriter.standard()
                .write(
                        AttachmentFidelityTest.document(Attachment.of(
                                "1", "ho-so.rar", "application/zip", null, () -> Files.newInputStream(many))),
                        edxml);

        assertThatThrownBy(() -> EdxmlReader.builder()
                        .unzipLimits(new UnzipLimits(1L << 30, 100, 10))
                        .build()
                        .read(edxml))
                .isInstanceOfSatisfying(AttachmentLimitException.class, e -> assertThat(e.limit())
                        .isEqualTo("maxEntries"));
        ParsedEdxml p = EdxmlReader.builder().build().read(edxml);
        assertThat(p.attachments().get(0).zipped()).isFalse();
        assertThat(p.attachments().get(0).size()).isEqualTo(Files.size(many));
        assertThat(p.warnings()).anyMatch(w -> w.contains("holds 20 entries"));
    }

    @Test
    void read_whenWrapperIsMalformed_deliversItAsSentWithAWarningNeverAnUntypedError(@TempDir Path dir)
            throws Exception {
        Path latin = dir.resolve("latin.zip");
        // An entry name in ISO-8859-1 without the UTF-8 flag: not valid UTF-8, which the JDK's zip readers refuse.
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(latin), StandardCharsets.ISO_8859_1)) {
            zip.putNextEntry(new ZipEntry("r\u00e9sum\u00e9.txt"));
            zip.write("nội dung".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] zip = Files.readAllBytes(latin);
        byte[] truncated = Arrays.copyOf(zip, zip.length - 30); // end-of-central-directory cut off
        for (byte[] payload : List.of(zip, truncated)) {
            Path edxml = dir.resolve("bad.edxml");
            EdxmlWriter.standard()
                    .write(
                            AttachmentFidelityTest.document(Attachment.of(
                                    "1",
                                    "ho-so.doc",
                                    "application/zip",
                                    null,
                                    () -> new ByteArrayInputStream(payload))),
                            edxml);

            ParsedEdxml p = EdxmlReader.builder()
                    .attachmentDirectory(dir.resolve("out-" + payload.length))
                    .build()
                    .read(edxml);

            assertThat(p.attachments().get(0).zipped()).isFalse();
            assertThat(Files.readAllBytes(p.attachments().get(0).file())).isEqualTo(payload);
            assertThat(p.warnings()).anyMatch(w -> w.contains("ho-so.doc") && w.contains("delivered as sent"));
        }
    }

    private static long spooled() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("edxml-attachment"))
                    .count();
        }
    }
}
