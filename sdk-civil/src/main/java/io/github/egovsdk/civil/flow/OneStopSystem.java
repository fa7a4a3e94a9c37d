package io.github.egovsdk.civil.flow;

import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.StatusPushOutcome;
import io.github.egovsdk.civil.interconnect.StatusUpdate;
import java.util.List;
import java.util.Optional;

/**
 * SPI: what {@link InterconnectedDossierFlow} needs from the vendor's one-stop system (hệ thống một cửa điện tử).
 * Each method that changes something must do it atomically — the dossier change and the status it queues in one
 * transaction — so that a crash between two calls leaves nothing half-written: the flow is built to be restarted at
 * any point and recognises what was already done. {@link InMemoryOneStopSystem} is a reference implementation.
 */
public interface OneStopSystem {

    /** The local dossier made from this interconnect code (mã hồ sơ LT), if any. */
    Optional<LocalDossier> findByInterconnectCode(String interconnectCode);

    Optional<LocalDossier> findByLocalCode(String localCode);

    /**
     * A new local dossier code (mã hồ sơ MCĐT) for an incoming dossier, e.g. from sdk-dvc's
     * {@code DossierCodeGenerator}. A code allocated before a crash may go unused.
     */
    String allocateCode(InterconnectDossier dossier);

    /** Stores a new dossier (state {@link LocalState#NEW}) and queues its status 1, atomically. */
    void create(LocalDossier dossier, StatusUpdate received);

    /**
     * Stores a change: the dossier's new state (and certificate) and, when not null, the status it queues —
     * atomically. The dossier given replaces the stored one with the same local code.
     */
    void update(LocalDossier dossier, StatusUpdate queued);

    /** Dossiers in a state, oldest first. */
    List<LocalDossier> inState(LocalState state);

    /** Statuses not yet synced, oldest first, at most {@code limit}. */
    List<PendingStatus> pendingStatuses(int limit);

    /** Records a push's outcome: {@code DONE} → synced (1), {@code FAILED} → failed (0); {@code RETRY} keeps it. */
    void statusPushed(long id, StatusPushOutcome outcome);
}
