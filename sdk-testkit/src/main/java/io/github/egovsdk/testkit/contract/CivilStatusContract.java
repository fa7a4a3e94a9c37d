package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.interconnect.InterconnectClient;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.justice.CivilStatusClient;
import io.github.egovsdk.civil.justice.CivilStatusResult;
import io.github.egovsdk.civil.justice.JusticeStatus;
import io.github.egovsdk.civil.justice.SubmitOutcome;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The SDK's {@link CivilStatusClient} against the ministry's civil-status software: a decoded test dossier is pushed
 * ({@code NhanDKHT}) and a repeat is recognised; {@code LayKetQua} knows it, in a documented status, and an unknown
 * code is absent. With {@link #pollsUntilRegistered()} &gt; 0 (the sandbox registers on the third poll) the result
 * must arrive with its certificate PDF. Subclass it with an {@link InterconnectTarget} whose
 * {@code civilStatusEndpoint} is set.
 */
public abstract class CivilStatusContract {

    protected abstract InterconnectTarget target();

    /** Polls after which the target must have registered the dossier; 0 to only check the status is documented. */
    protected int pollsUntilRegistered() {
        return 0;
    }

    private InterconnectDossier dossier() {
        InterconnectTarget t = target();
        try (InterconnectClient c = InterconnectClient.builder()
                .endpoint(t.endpoint())
                .login(t.username(), t.password())
                .paths(t.tokenPath(), t.listPath(), t.ackPath(), t.statusPath())
                .build()) {
            return c.dossier(t.testDossier().get());
        }
    }

    private CivilStatusClient client() {
        assumeTrue(target().civilStatusEndpoint() != null, "no civil-status endpoint configured");
        return CivilStatusClient.builder()
                .endpoint(target().civilStatusEndpoint())
                .provinceCode(target().provinceCode())
                .build();
    }

    @Test
    void submitAndPoll_whenPushedTwice_recognisesTheRepeatAndReportsTheDossier() {
        InterconnectDossier d = dossier();
        String local = "CT-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        try (CivilStatusClient btp = client()) {
            LocalDateTime now = LocalDateTime.now().withNano(0);
            assertThat(btp.submit(d, local, now)).isEqualTo(SubmitOutcome.ACCEPTED);
            assertThat(btp.submit(d, local, now)).isEqualTo(SubmitOutcome.ALREADY_RECEIVED);
            CivilStatusResult r = btp.result(d.module(), local).orElseThrow();
            assertThat(r.status()).isNotEqualTo(JusticeStatus.UNKNOWN);
            assertThat(r.interconnectCode()).isEqualTo(d.interconnectCode());
            for (int i = 1; i < pollsUntilRegistered(); i++) {
                r = btp.result(d.module(), local).orElseThrow();
            }
            if (pollsUntilRegistered() > 0) {
                assertThat(r.status()).isEqualTo(JusticeStatus.COMPLETED);
                assertThat(r.certificate().orElseThrow().pdf()).startsWith('%', 'P', 'D', 'F');
                assertThat(r.certificate().orElseThrow().registerNumber()).isNotBlank();
            }
        }
    }

    @Test
    void results_whenCodeUnknown_isAbsent() {
        try (CivilStatusClient btp = client()) {
            assertThat(btp.results(CivilModule.BIRTH, List.of("KHONG-TON-TAI-0")))
                    .isEmpty();
        }
    }
}
