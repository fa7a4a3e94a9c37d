package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.civil.interconnect.InterconnectClient;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.InterconnectStatus;
import io.github.egovsdk.civil.interconnect.PendingDossier;
import io.github.egovsdk.civil.interconnect.StatusPushOutcome;
import io.github.egovsdk.civil.interconnect.StatusUpdate;
import io.github.egovsdk.core.EgovException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The SDK's {@link InterconnectClient} against a DVCLT software: token, the list shows the test dossier, its detail
 * decodes into a valid registration, the acknowledgement is confirmed, statuses 1 and 3 are accepted and a repeat is
 * answered as done, a wrong password is refused. Subclass it and return an {@link InterconnectTarget} — the sandbox in
 * our CI, your staging DVCLT in yours ({@link InterconnectTarget#fromEnvironment()}).
 */
public abstract class InterconnectContract {

    protected abstract InterconnectTarget target();

    protected InterconnectClient client(String password) {
        InterconnectTarget t = target();
        return InterconnectClient.builder()
                .endpoint(t.endpoint())
                .login(t.username(), password)
                .paths(t.tokenPath(), t.listPath(), t.ackPath(), t.statusPath())
                .build();
    }

    @Test
    void pendingAndDossier_whenTestDossierFiled_listsAndDecodesIt() {
        String id = target().testDossier().get();
        try (InterconnectClient c = client(target().password())) {
            assertThat(c.pending()).extracting(PendingDossier::id).contains(id);
            InterconnectDossier d = c.dossier(id);
            assertThat(d.interconnectCode()).isNotBlank();
            assertThat(d.procedureCode()).isNotBlank();
            assertThat(d.registration().subjectName()).isNotBlank();
            assertThat(d.registration().registrationAuthority()).isNotBlank();
        }
    }

    @Test
    void acknowledgeAndStatuses_whenPushedInOrderAndRepeated_areAcceptedOnce() {
        String id = target().testDossier().get();
        try (InterconnectClient c = client(target().password())) {
            InterconnectDossier d = c.dossier(id);
            c.acknowledge(d.interconnectCode());
            c.acknowledge(d.interconnectCode());
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.SECONDS);
            StatusUpdate one = StatusUpdate.builder(InterconnectStatus.RECEIVED)
                    .after(null)
                    .dossier(d.interconnectCode(), "CT-" + d.interconnectCode())
                    .procedureCode(d.procedureCode())
                    .at(now)
                    .period(now, now.plusDays(3))
                    .handler("Kiểm thử tự động", null, null)
                    .build();
            assertThat(c.pushStatus(one).outcome()).isEqualTo(StatusPushOutcome.DONE);
            StatusUpdate three = StatusUpdate.builder(InterconnectStatus.ACCEPTED)
                    .after(InterconnectStatus.RECEIVED)
                    .dossier(d.interconnectCode(), "CT-" + d.interconnectCode())
                    .procedureCode(d.procedureCode())
                    .at(now)
                    .action("MCĐT Tiếp nhận hồ sơ")
                    .build();
            assertThat(c.pushStatus(three).outcome()).isEqualTo(StatusPushOutcome.DONE);
            assertThat(c.pushStatus(three).outcome())
                    .as("a repeat after a crash")
                    .isEqualTo(StatusPushOutcome.DONE);
        }
    }

    @Test
    void pushStatus_whenDossierUnknown_isNotFailedForGood() {
        try (InterconnectClient c = client(target().password())) {
            StatusUpdate u = StatusUpdate.builder(InterconnectStatus.RECEIVED)
                    .dossier("KHONG-TON-TAI-000", "CT-0")
                    .procedureCode("2.000986")
                    .at(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                    .build();
            assertThat(c.pushStatus(u).outcome()).isNotEqualTo(StatusPushOutcome.FAILED);
        }
    }

    @Test
    void token_whenPasswordWrong_isRefused() {
        try (InterconnectClient c = client(target().password() + "-sai")) {
            assertThatThrownBy(c::pending).isInstanceOf(EgovException.class);
        }
    }
}
