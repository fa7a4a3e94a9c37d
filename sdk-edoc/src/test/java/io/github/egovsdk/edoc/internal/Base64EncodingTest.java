package io.github.egovsdk.edoc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The block encoder writes exactly what the JDK's encoder writes, whichever way the bytes arrive. */
class Base64EncodingTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 49_151, 49_152, 49_153, 3 * 49_152 + 2, 500_001})
    void transferFromAndWrite_whenAnySize_matchTheJdkEncoder(int size) throws Exception {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        String expected = Base64.getEncoder().encodeToString(data);

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        Base64Encoding fromStream = new Base64Encoding(streamed);
        fromStream.transferFrom(new ByteArrayInputStream(data));
        fromStream.close();
        assertThat(streamed.toString(StandardCharsets.US_ASCII)).isEqualTo(expected);

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (Base64Encoding byWrites = new Base64Encoding(written)) {
            int at = 0;
            for (int step = 1; at < size; step = step * 3 + 1) {
                int n = Math.min(step, size - at);
                if (n == 1) {
                    byWrites.write(data[at]);
                } else {
                    byWrites.write(data, at, n);
                }
                at += n;
            }
        }
        assertThat(written.toString(StandardCharsets.US_ASCII)).isEqualTo(expected);
    }
}
