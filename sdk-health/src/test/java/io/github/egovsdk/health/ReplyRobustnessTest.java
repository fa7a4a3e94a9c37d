package io.github.egovsdk.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.health.internal.CardCheckWire;
import io.github.egovsdk.health.internal.SubmissionWire;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of valid gateway replies (card check, certificate receipts): reading either succeeds or
 * throws an {@link EgovException} subclass, over 10,000 inputs.
 */
class ReplyRobustnessTest {
    static final List<String> SEEDS = List.of(
            EgwReplies.check("000"),
            EgwReplies.check("054"),
            "{\"maKetQua\":\"200\",\"maGD\":\"GD-1\",\"thoiGianTiepNhan\":\"20250102103000\"}",
            "{\"MSG_STATE\":\"1\",\"MSG_TEXT\":\"Thành công\",\"SO\":\"00001/GKSKLX/01000/25\",\"UUID\":\"u\"}");
    static final String[] TOKENS = {
        "{",
        "}",
        "[",
        "]",
        "\"",
        ":",
        ",",
        "null",
        "true",
        "1e999",
        "-0",
        "\\u0000",
        "\\",
        "\"maKetQua\":",
        "\"dsLichSuKCB2018\":[",
        "{\"a\":",
        "\uD800",
        "9999999999999999999999"
    };

    @Test
    void read_whenTenThousandMutatedReplies_onlyEgovExceptionsLeave() {
        Random random = new Random(20261205L);
        int ok = 0;
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            int seed = random.nextInt(SEEDS.size());
            String input = mutate(SEEDS.get(seed), random);
            try {
                switch (seed) {
                    case 0, 1 -> CardCheckWire.parse(input).usable();
                    case 2 -> SubmissionWire.documentReceipt(input).submissionCode();
                    default -> SubmissionWire.gkskReceipt(input);
                }
                ok++;
            } catch (EgovException expected) {
                refused++;
            }
        }
        assertThat(ok + refused).isEqualTo(10_000);
        assertThat(ok).isPositive();
        assertThat(refused).isPositive();
    }

    static String mutate(String seed, Random random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> sb.setCharAt(at, (char) random.nextInt(0x300));
                case 3 -> sb.setLength(at);
                default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + random.nextInt(40))));
            }
        }
        return sb.toString();
    }
}
