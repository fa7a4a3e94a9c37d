package io.github.egovsdk.vneid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.egovsdk.vneid.chip.ChipFixture.Issuer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed SODs give ChipFormatException or a verdict, never BouncyCastle's runtime exceptions: every SET,
 * SEQUENCE and context tag of a valid EF.SOD swapped for another constructed tag (the finding was the signed
 * attributes' SET read as a SEQUENCE), each parsed and authenticated.
 */
class MalformedSodTest {
    private static final int[] CONSTRUCTED = {0x30, 0x31, 0xA0, 0xA1};

    @Test
    void parseAndVerify_whenAnyConstructedTagIsSwapped_giveChipFormatExceptionOrAVerdict() {
        Issuer csca = ChipFixture.csca("CSCA Thử Nghiệm");
        ChipFiles valid = ChipFixture.files(ChipFixture.dsc(csca));
        byte[] sod = valid.sod().orElseThrow();
        PassiveAuthenticator pa = PassiveAuthenticator.builder()
                .trustAnchor(csca.certificate())
                .clock(Clock.fixed(ChipFixture.NOW, ZoneOffset.UTC))
                .build();
        List<String> typed = new ArrayList<>();
        List<PassiveAuthenticationResult.Verdict> verdicts = new ArrayList<>();
        int mutations = 0;
        for (int i = 2; i < sod.length; i++) {
            int tag = sod[i] & 0xFF;
            if (tag != 0x30 && tag != 0x31 && tag != 0xA0) {
                continue;
            }
            for (int replacement : CONSTRUCTED) {
                if (replacement == tag) {
                    continue;
                }
                byte[] mutated = sod.clone();
                mutated[i] = (byte) replacement;
                mutations++;
                ChipFiles.Builder b = ChipFiles.builder().sod(mutated);
                valid.dataGroupNumbers()
                        .forEach(n -> b.dataGroup(n, valid.dataGroup(n).orElseThrow()));
                try {
                    EfSod.parse(mutated);
                    // a verdict either way: the outer SignedData is not itself signed, so BouncyCastle's leniency
                    // on some tags (a SET read as a SEQUENCE) can still leave a signature that verifies
                    verdicts.add(pa.verify(b.build()).verdict());
                } catch (ChipFormatException e) {
                    typed.add(e.rule());
                } catch (RuntimeException e) {
                    fail("byte %d: 0x%02x -> 0x%02x leaked %s", i, tag, replacement, e);
                }
            }
        }
        assertThat(mutations).isGreaterThan(50);
        assertThat(typed).isNotEmpty().allMatch(rule -> !rule.isBlank());
        assertThat(typed.size() + verdicts.size()).isEqualTo(mutations);
    }
}
