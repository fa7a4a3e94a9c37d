package io.github.egovsdk.civil.flow;

import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.InterconnectStatus;
import io.github.egovsdk.civil.justice.RegistrationCertificate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An interconnected dossier as the vendor's one-stop system keeps it: the local code (mã hồ sơ MCĐT), the dossier
 * received from the DVCLT software, when it was received and is due (3 working days), its {@link LocalState}, the
 * last DVCLT status queued for it (so an illegal transition is refused) and, once registered, the certificate.
 */
public record LocalDossier(
        String localCode,
        InterconnectDossier dossier,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalState state,
        InterconnectStatus lastStatus,
        RegistrationCertificate certificate) {

    public LocalDossier {
        Objects.requireNonNull(localCode, "localCode");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(state, "state");
    }

    public String interconnectCode() {
        return dossier.interconnectCode();
    }

    /** The same dossier in a new state, with the status just queued. */
    public LocalDossier moved(LocalState newState, InterconnectStatus queued, RegistrationCertificate cert) {
        return new LocalDossier(
                localCode,
                dossier,
                receivedAt,
                dueAt,
                newState,
                queued == null ? lastStatus : queued,
                cert == null ? certificate : cert);
    }
}
