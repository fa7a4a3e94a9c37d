package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed bytes are bad input (exit 2, one line on stderr), however deep in the parser they are found. */
class EdocParseMalformedTest {

    @Test
    void parse_whenUtf8IsTruncatedInsideText_exitsTwo(@TempDir Path dir) throws Exception {
        // 9 bytes: the first byte of a 3-byte UTF-8 sequence, then the end of the file (a fuzzing finding)
        Path file = Files.write(
                dir.resolve("truncated.edxml"), new byte[] {'<', 'e', 'd', 'X', 'M', 'L', '>', 'V', (byte) 0xE1});
        CliRunner r = CliRunner.run("edoc", "parse", file.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out())
                .contains("\"code\" : \"INVALID_INPUT\"", "\"exitCode\" : 2")
                .doesNotContain("\"kind\"");
        assertThat(r.err()).startsWith("egov: ").contains("Malformed");
    }

    @Test
    void parse_whenUtf8IsInvalidInAnAttachment_exitsTwo(@TempDir Path dir) throws Exception {
        byte[] head = "<edXML><AttachmentEncoded><Attachment><ContentTransferEncoded>QUJD"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] file = Arrays.copyOf(head, head.length + 2);
        file[head.length] = (byte) 0xC3;
        file[head.length + 1] = (byte) 0x28; // not a continuation byte
        Path path = Files.write(dir.resolve("invalid.edxml"), file);
        CliRunner r = CliRunner.run(
                "edoc",
                "parse",
                path.toString(),
                "--extract",
                dir.resolve("out").toString(),
                "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).contains("\"exitCode\" : 2").doesNotContain("\"attachments\"");
    }
}
