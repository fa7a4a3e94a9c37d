package io.github.egovsdk.edoc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The block decoder against the JDK's MIME decoder, across block boundaries, layouts and chunkings. */
class Base64SinkTest {
    private static final int BLOCK_CHARS = 64 * 1024;

    static Stream<Arguments> layouts() {
        int[] sizes = {
            0,
            1,
            2,
            3,
            4,
            47,
            BLOCK_CHARS / 4 * 3 - 1,
            BLOCK_CHARS / 4 * 3,
            BLOCK_CHARS / 4 * 3 + 1,
            3 * BLOCK_CHARS + 5,
            1_000_003
        };
        Stream.Builder<Arguments> b = Stream.builder();
        for (int size : sizes) {
            for (String layout : new String[] {"one line", "MIME lines", "indented", "spaces everywhere"}) {
                b.add(Arguments.of(size, layout));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} bytes, {1}")
    @MethodSource("layouts")
    void accept_whenAnyLayoutAndChunking_decodesTheExactBytesAndHash(int size, String layout) throws Exception {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        char[] text = layout(Base64.getEncoder().encodeToString(data), layout).toCharArray();
        for (int chunk : new int[] {1, 7, 4000, BLOCK_CHARS, BLOCK_CHARS + 3, Integer.MAX_VALUE}) {
            if (chunk < 4000 && text.length > 100_000) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Base64Sink sink = new Base64Sink(out, sha);
            for (int at = 0; at < text.length; at += Math.min(chunk, text.length - at)) {
                sink.accept(text, at, Math.min(chunk, text.length - at));
            }
            sink.finish();
            assertThat(out.toByteArray()).as("chunk %d", chunk).isEqualTo(data);
            assertThat(sink.written()).isEqualTo(size);
            assertThat(sha.digest())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(data));
        }
    }

    private static String layout(String base64, String layout) {
        return switch (layout) {
            case "one line" -> base64;
            case "MIME lines" -> base64.replaceAll("(.{76})", "$1\r\n");
            case "indented" -> "\r\n      " + base64 + "\r\n    ";
            default -> base64.replaceAll("(.{3})", "$1 \t");
        };
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "QUJD*EVG",
                "QUJDRE\u00c9G",
                "QUJDRE\u0141G",
                "QUJD\ud83d\ude00REVG",
                "QQ==QUJD",
                "QUJDR",
                "QUJDRE=G",
                "QQ=",
                "\u0000QUJD"
            })
    void accept_whenNotStrictBase64_failsWithIoException(String text) {
        assertThatThrownBy(() -> decode(text)).isInstanceOf(IOException.class).hasMessageContaining("base64");
    }

    /** Garbage after the padding is refused even when the padding ends a whole block. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5})
    void accept_whenDataAfterPaddingAtABlockEnd_fails(int whitespace) {
        String first = Base64.getEncoder().encodeToString(new byte[BLOCK_CHARS / 4 * 3 - 1]);
        assertThat(first).hasSize(BLOCK_CHARS).endsWith("=");
        String text = first + " ".repeat(whitespace) + "QUJD";
        assertThatThrownBy(() -> decode(text)).isInstanceOf(IOException.class).hasMessageContaining("padding");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 70_000})
    void accept_whenBadCharacterFarIntoThePayload_fails(int offset) {
        char[] text = Base64.getEncoder().encodeToString(new byte[120_000]).toCharArray();
        text[offset] = '-';
        assertThatThrownBy(() -> decode(new String(text))).isInstanceOf(IOException.class);
    }

    private static byte[] decode(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Base64Sink sink = new Base64Sink(out, null);
        sink.accept(text.toCharArray(), 0, text.length());
        sink.finish();
        return out.toByteArray();
    }
}
