package io.github.egovsdk.civil.interconnect;

import static io.github.egovsdk.civil.CivilFixtures.birthFields;
import static io.github.egovsdk.civil.CivilFixtures.detail;
import static io.github.egovsdk.civil.CivilFixtures.inner;
import static io.github.egovsdk.civil.CivilFixtures.xml;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.civil.CivilFixtures;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.json.EgovJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fuzz-style robustness: seeded random mutations of valid payloads (the reference example, a full birth and a full
 * death dossier) at every layer — the outer JSON, the inner JSON string, the XML — and nothing but an
 * {@link EgovException} subclass may leave the decoder. The seed is fixed so a failure reproduces.
 */
class PayloadRobustnessTest {
    private static final String[] TOKENS = {
        "<!DOCTYPE r [<!ENTITY e \"x\">]>",
        "&e;",
        "&#x0;",
        "\"",
        "\\",
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "<",
        ">",
        "</hoTich>",
        "<hoTich>",
        "null",
        "1e999999",
        "\\u0000",
        "\uD800",
        "]]>",
        "<![CDATA[",
        "\\\"",
        "99999999999999999999",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
    };

    @Test
    void decode_whenTenThousandMutatedPayloads_onlyEgovExceptionsLeave() {
        Random random = new Random(20260604L);
        String xmlBirth = xml("root", birthFields("F-1"));
        List<String> seeds = List.of(
                CivilFixtures.REFERENCE_DETAIL, CivilFixtures.birthDetail("F-1"), CivilFixtures.deathDetail("F-2"));
        int decoded = 0;
        int refused = 0;
        List<String> escaped = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String input;
            switch (i % 3) {
                case 0 -> input = mutate(seeds.get(random.nextInt(seeds.size())), random);
                case 1 -> input = detail(inner("KS", "F-" + i, mutate(xmlBirth, random)));
                default -> {
                    String innerJson = new String(
                            EgovJson.write(inner("KT", "F-" + i, xml("root", CivilFixtures.deathFields("F")))),
                            StandardCharsets.UTF_8);
                    input = "{\"data\":{\"maTTHC\":\"1.011733\",\"data\":" + quote(mutate(innerJson, random)) + "}}";
                }
            }
            try {
                InterconnectPayloads.inspect(input);
                decoded++;
            } catch (EgovException e) {
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                escaped.add(e.getClass().getName() + " for input #" + i);
            }
        }
        assertThat(escaped).as("non-SDK exceptions").isEmpty();
        assertThat(decoded + refused).isEqualTo(10_000);
        assertThat(decoded).as("some mutations stay decodable").isPositive();
        assertThat(refused).as("some mutations are refused").isPositive();
    }

    private static String quote(String s) {
        return new String(EgovJson.write(s), StandardCharsets.UTF_8);
    }

    private static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n && b.length() > 0; k++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(6)) {
                case 0 -> b.setCharAt(at, (char) r.nextInt(0x3000));
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(40)));
                case 2 -> b.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
                case 3 -> {
                    int end = Math.min(b.length(), at + 1 + r.nextInt(60));
                    b.insert(at, b.substring(at, end));
                }
                case 4 -> b.setLength(at);
                default -> b.insert(at, TOKENS[r.nextInt(TOKENS.length)].repeat(1 + r.nextInt(50)));
            }
        }
        return b.toString();
    }
}
