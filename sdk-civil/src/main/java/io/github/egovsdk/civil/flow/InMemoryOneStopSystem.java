package io.github.egovsdk.civil.flow;

import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.StatusPushOutcome;
import io.github.egovsdk.civil.interconnect.StatusUpdate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link OneStopSystem} in memory, for tests, demos and as the reference of what the SPI must do: every method is
 * one synchronized step, as each would be one transaction in a database. Local codes are
 * {@code {prefix}-yyMMdd-NNNN}.
 */
public final class InMemoryOneStopSystem implements OneStopSystem {
    private final String prefix;
    private final Map<String, LocalDossier> byLocal = new LinkedHashMap<>();
    private final Map<Long, PendingStatus> outbox = new LinkedHashMap<>();
    private final Map<Long, StatusPushOutcome> pushed = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private int counter;

    /** @param prefix the agency part of local codes, e.g. {@code H27.99.99} */
    public InMemoryOneStopSystem(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public synchronized Optional<LocalDossier> findByInterconnectCode(String interconnectCode) {
        return byLocal.values().stream()
                .filter(d -> d.interconnectCode().equals(interconnectCode))
                .findFirst();
    }

    @Override
    public synchronized Optional<LocalDossier> findByLocalCode(String localCode) {
        return Optional.ofNullable(byLocal.get(localCode));
    }

    @Override
    public synchronized String allocateCode(InterconnectDossier dossier) {
        return String.format(
                "%s-%s-%04d", prefix, LocalDate.now().format(DateTimeFormatter.ofPattern("yyMMdd")), ++counter);
    }

    @Override
    public synchronized void create(LocalDossier dossier, StatusUpdate received) {
        if (findByInterconnectCode(dossier.interconnectCode()).isPresent()) {
            throw new IllegalStateException("duplicate interconnect code " + dossier.interconnectCode());
        }
        byLocal.put(dossier.localCode(), dossier);
        queue(received);
    }

    @Override
    public synchronized void update(LocalDossier dossier, StatusUpdate queued) {
        if (!byLocal.containsKey(dossier.localCode())) {
            throw new IllegalStateException("unknown dossier " + dossier.localCode());
        }
        byLocal.put(dossier.localCode(), dossier);
        if (queued != null) {
            queue(queued);
        }
    }

    private void queue(StatusUpdate u) {
        long id = ids.incrementAndGet();
        outbox.put(id, new PendingStatus(id, u));
    }

    @Override
    public synchronized List<LocalDossier> inState(LocalState state) {
        return byLocal.values().stream().filter(d -> d.state() == state).toList();
    }

    @Override
    public synchronized List<PendingStatus> pendingStatuses(int limit) {
        return outbox.values().stream()
                .filter(p -> !pushed.containsKey(p.id()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void statusPushed(long id, StatusPushOutcome outcome) {
        if (outcome != StatusPushOutcome.RETRY) {
            pushed.put(id, outcome);
        }
    }

    /** Every dossier held. */
    public synchronized List<LocalDossier> dossiers() {
        return new ArrayList<>(byLocal.values());
    }

    /** Every status queued, in order, with its outcome (null while pending). */
    public synchronized Map<PendingStatus, StatusPushOutcome> statuses() {
        Map<PendingStatus, StatusPushOutcome> out = new LinkedHashMap<>();
        outbox.values().forEach(p -> out.put(p, pushed.get(p.id())));
        return out;
    }
}
