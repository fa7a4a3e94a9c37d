package io.github.egovsdk.civil.flow;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.interconnect.InterconnectClient;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.InterconnectStatus;
import io.github.egovsdk.civil.interconnect.PendingDossier;
import io.github.egovsdk.civil.interconnect.StatusPushResult;
import io.github.egovsdk.civil.interconnect.StatusUpdate;
import io.github.egovsdk.civil.justice.CivilStatusClient;
import io.github.egovsdk.civil.justice.CivilStatusResult;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole interconnected hand-off for a province's one-stop system (Decree 63/2024/NĐ-CP; the flow of a production
 * one-stop system): {@link #pull()} takes the dossiers waiting on the DVCLT software, creates each locally through
 * the vendor's {@link OneStopSystem} with status 1 queued and a due date 3 working days later (sdk-core's
 * {@link WorkingCalendar}), and acknowledges it; officers {@link #accept}, {@link #requestSupplement} or
 * {@link #refuse}; {@link #forward} pushes an accepted dossier to the Ministry of Justice's civil-status software
 * (status 7); {@link #poll()} reads the ministry's results (4 with the certificate, 2, 6); {@link #handOver} ends
 * with 5; {@link #pushStatuses()} sends the queued statuses in order.
 *
 * <p>Crash-safe and idempotent: every change goes through one atomic SPI call, and each step recognises work already
 * done — a dossier the one-stop system already holds is only acknowledged again (or updated in place when it awaited
 * supplementation), a ministry that already has a dossier answers "đã được tiếp nhận", a status push repeated after a
 * crash is answered as already applied. A restart at any point loses and duplicates nothing; a status is marked
 * synced only after the DVCLT software accepted it. Status transitions are checked ({@link
 * InterconnectStatus#requireTransition}). Personal data is never logged. Thread-safe if the SPI is; run one instance
 * per province at a time (the scheduled jobs of a production system do the same).
 *
 * <p>Example:
 * <pre>{@code
 * InterconnectedDossierFlow flow = InterconnectedDossierFlow.builder()
 *         .interconnect(dvclt).civilStatus(ministry).oneStop(yourOneStopSystem).build();
 * flow.pull();                       // new dossiers from the DVCLT, status 1
 * flow.accept(localCode, officer);   // officer actions: status 3
 * flow.forward(localCode, officer);  // to the ministry: status 7
 * flow.poll();                       // the ministry's results: status 4 with the certificate
 * flow.pushStatuses();               // statuses back to the DVCLT, marked synced once accepted
 * }</pre>
 */
public final class InterconnectedDossierFlow {
    private static final Logger LOG = LoggerFactory.getLogger(InterconnectedDossierFlow.class);
    private final InterconnectClient interconnect;
    private final CivilStatusClient ministry;
    private final OneStopSystem oneStop;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int workingDays;
    private final int batch;
    private final String receivingOfficer;

    private InterconnectedDossierFlow(Builder b) {
        this.interconnect = Objects.requireNonNull(b.interconnect, "interconnect");
        this.ministry = Objects.requireNonNull(b.ministry, "civilStatus");
        this.oneStop = Objects.requireNonNull(b.oneStop, "oneStop");
        this.calendar = b.calendar;
        this.clock = b.clock;
        this.workingDays = b.workingDays;
        this.batch = b.batch;
        this.receivingOfficer = b.receivingOfficer;
    }

    public static Builder builder() {
        return new Builder();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WorkingCalendar.ZONE)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Step 1–2: list, fetch, create locally (or recognise), acknowledge. Invalid dossiers are reported, not made. */
    public FlowReport pull() {
        int created = 0;
        int resubmitted = 0;
        int acknowledged = 0;
        List<String> invalid = new ArrayList<>();
        for (PendingDossier p : interconnect.pending()) {
            var existing = p.interconnectCode() == null
                    ? Optional.<LocalDossier>empty()
                    : oneStop.findByInterconnectCode(p.interconnectCode());
            if (existing.isPresent() && existing.get().state() != LocalState.SUPPLEMENT) {
                interconnect.acknowledge(p.interconnectCode());
                acknowledged++;
                continue;
            }
            InterconnectDossier d;
            try {
                d = interconnect.dossier(p.id());
            } catch (InvalidRegistrationException | PayloadFormatException e) {
                LOG.warn("DVCLT dossier {} refused: {}", p.interconnectCode(), e.getMessage());
                invalid.add(p.interconnectCode() + ": " + e.getMessage());
                continue;
            }
            LocalDateTime now = now();
            if (existing.isPresent()) {
                LocalDossier old = existing.get();
                LocalDossier updated = new LocalDossier(
                        old.localCode(), d, now, due(now), LocalState.NEW, InterconnectStatus.RECEIVED, null);
                oneStop.update(updated, received(updated, old.lastStatus(), now));
                resubmitted++;
            } else {
                String code = oneStop.allocateCode(d);
                LocalDossier local =
                        new LocalDossier(code, d, now, due(now), LocalState.NEW, InterconnectStatus.RECEIVED, null);
                oneStop.create(local, received(local, null, now));
                created++;
            }
            interconnect.acknowledge(d.interconnectCode());
            acknowledged++;
        }
        LOG.debug(
                "DVCLT pull: {} created, {} re-submitted, {} acknowledged, {} invalid",
                created,
                resubmitted,
                acknowledged,
                invalid.size());
        return new FlowReport(created, resubmitted, acknowledged, invalid, 0, 0, 0, 0, 0, 0);
    }

    private LocalDateTime due(LocalDateTime received) {
        return calendar.dueDateInWorkingDays(received, workingDays).due();
    }

    private StatusUpdate received(LocalDossier d, InterconnectStatus previous, LocalDateTime now) {
        return base(d, InterconnectStatus.RECEIVED, previous, now)
                .handler(receivingOfficer, null, null)
                .period(now, d.dueAt())
                .build();
    }

    private StatusUpdate.Builder base(
            LocalDossier d, InterconnectStatus status, InterconnectStatus previous, LocalDateTime now) {
        return StatusUpdate.builder(status)
                .after(previous)
                .dossier(d.interconnectCode(), d.localCode())
                .procedureCode(d.dossier().procedureCode())
                .at(now);
    }

    private LocalDossier require(String localCode) {
        return oneStop.findByLocalCode(localCode)
                .orElseThrow(() ->
                        new EgovClientException("unknown dossier " + localCode + " / không có hồ sơ " + localCode));
    }

    /** The office accepts the dossier (status 3 "MCĐT Tiếp nhận hồ sơ"). */
    public void accept(String localCode, String officer) {
        LocalDossier d = require(localCode);
        if (d.state() == LocalState.ACCEPTED) {
            return;
        }
        StatusUpdate u = base(d, InterconnectStatus.ACCEPTED, d.lastStatus(), now())
                .handler(officer, null, null)
                .action("MCĐT Tiếp nhận hồ sơ")
                .period(d.receivedAt(), d.dueAt())
                .build();
        oneStop.update(d.moved(LocalState.ACCEPTED, InterconnectStatus.ACCEPTED, null), u);
    }

    /** The office asks for supplementation (status 2; deadline +7 working days). */
    public void requestSupplement(String localCode, String officer, String reason) {
        LocalDossier d = require(localCode);
        LocalDateTime now = now();
        StatusUpdate u = base(d, InterconnectStatus.SUPPLEMENT_REQUESTED, d.lastStatus(), now)
                .handler(officer, null, null)
                .action(reason)
                .note(reason)
                .period(now, null)
                .supplementDeadline(calendar.plusWorkingDays(now, 7))
                .build();
        oneStop.update(d.moved(LocalState.SUPPLEMENT, InterconnectStatus.SUPPLEMENT_REQUESTED, null), u);
    }

    /** The office refuses the dossier (status 6). */
    public void refuse(String localCode, String officer, String title, String department, String reason) {
        LocalDossier d = require(localCode);
        LocalDateTime now = now();
        StatusUpdate u = base(d, InterconnectStatus.REFUSED, d.lastStatus(), now)
                .handler(officer, title, department)
                .action(reason)
                .note(reason)
                .period(now, null)
                .build();
        oneStop.update(d.moved(LocalState.REFUSED, InterconnectStatus.REFUSED, null), u);
    }

    /**
     * Forwards an accepted dossier to the ministry ({@code NhanDKHT}; status 7 "Gửi hồ sơ qua hệ thống BTP"). A
     * dossier already with the ministry is left alone; a repeated push after a crash is recognised.
     */
    public void forward(String localCode, String officer) {
        LocalDossier d = require(localCode);
        if (d.state() == LocalState.WITH_MINISTRY) {
            return;
        }
        InterconnectStatus.requireTransition(d.lastStatus(), InterconnectStatus.SENT_TO_JUSTICE);
        ministry.submit(d.dossier(), d.localCode(), d.receivedAt());
        LocalDateTime now = now();
        StatusUpdate u = base(d, InterconnectStatus.SENT_TO_JUSTICE, d.lastStatus(), now)
                .handler(officer, null, null)
                .action("Gửi hồ sơ qua hệ thống BTP")
                .period(now, now.plusDays(1))
                .build();
        oneStop.update(d.moved(LocalState.WITH_MINISTRY, InterconnectStatus.SENT_TO_JUSTICE, null), u);
    }

    /** Step 5: the ministry's results for every dossier with it — 4 (certificate), 2 (supplement), 6 (refused). */
    public FlowReport poll() {
        int completed = 0;
        int supplement = 0;
        int refused = 0;
        for (CivilModule module : List.of(CivilModule.BIRTH, CivilModule.DEATH)) {
            List<LocalDossier> waiting = oneStop.inState(LocalState.WITH_MINISTRY).stream()
                    .filter(d -> d.dossier().module() == module)
                    .toList();
            if (waiting.isEmpty()) {
                continue;
            }
            for (CivilStatusResult r : ministry.results(
                    module, waiting.stream().map(LocalDossier::localCode).toList())) {
                LocalDossier d = waiting.stream()
                        .filter(w -> w.localCode().equals(r.localCode()))
                        .findFirst()
                        .orElse(null);
                if (d == null) {
                    continue;
                }
                LocalDateTime now = now();
                switch (r.status()) {
                    case COMPLETED -> {
                        var cert = r.certificate()
                                .orElseThrow(() -> new EgovServiceException(
                                        200, null, "status 4 without ketQuaXuLy for " + d.localCode(), null, null));
                        StatusUpdate u = base(d, InterconnectStatus.RESULT_READY, d.lastStatus(), now)
                                .handler(r.handler(), r.title(), r.department())
                                .certificate(cert)
                                .period(now, now.plusDays(1))
                                .build();
                        oneStop.update(d.moved(LocalState.COMPLETED, InterconnectStatus.RESULT_READY, cert), u);
                        completed++;
                    }
                    case SUPPLEMENT_REQUIRED -> {
                        StatusUpdate u = base(d, InterconnectStatus.SUPPLEMENT_REQUESTED, d.lastStatus(), now)
                                .handler(r.handler(), r.title(), r.department())
                                .action(r.content())
                                .note(r.note())
                                .period(now, null)
                                .supplementDeadline(
                                        r.supplementDeadline() != null
                                                ? r.supplementDeadline()
                                                : calendar.plusWorkingDays(now, 7))
                                .build();
                        oneStop.update(
                                d.moved(LocalState.SUPPLEMENT, InterconnectStatus.SUPPLEMENT_REQUESTED, null), u);
                        supplement++;
                    }
                    case REFUSED -> {
                        StatusUpdate u = base(d, InterconnectStatus.REFUSED, d.lastStatus(), now)
                                .handler(r.handler(), r.title(), r.department())
                                .action(r.content())
                                .note(r.note())
                                .period(now, null)
                                .build();
                        oneStop.update(d.moved(LocalState.REFUSED, InterconnectStatus.REFUSED, null), u);
                        refused++;
                    }
                    default -> LOG.debug("Ministry status {} for {}: nothing to do", r.statusCode(), d.localCode());
                }
            }
        }
        return new FlowReport(0, 0, 0, List.of(), completed, supplement, refused, 0, 0, 0);
    }

    /** The result was handed to the citizen (status 5 "Trả kết quả"). */
    public void handOver(String localCode, String officer) {
        LocalDossier d = require(localCode);
        if (d.state() == LocalState.RETURNED) {
            return;
        }
        LocalDateTime now = now();
        StatusUpdate u = base(d, InterconnectStatus.RESULT_RETURNED, d.lastStatus(), now)
                .handler(officer, null, null)
                .action("Trả kết quả")
                .period(now, now.plusDays(1))
                .build();
        oneStop.update(d.moved(LocalState.RETURNED, InterconnectStatus.RESULT_RETURNED, null), u);
    }

    /**
     * Step 6: pushes queued statuses, oldest first, in batches; a status kept for retry holds back the later ones of
     * the same dossier, so the DVCLT software sees them in order.
     */
    public FlowReport pushStatuses() {
        int pushed = 0;
        int retrying = 0;
        int failed = 0;
        Set<String> held = new HashSet<>();
        for (PendingStatus p : oneStop.pendingStatuses(batch)) {
            String key = p.update().interconnectCode();
            if (held.contains(key)) {
                retrying++;
                continue;
            }
            StatusPushResult r = interconnect.pushStatus(p.update());
            oneStop.statusPushed(p.id(), r.outcome());
            switch (r.outcome()) {
                case DONE -> pushed++;
                case FAILED -> {
                    failed++;
                    LOG.warn(
                            "DVCLT refused status {} of {}: {}",
                            p.update().status().code(),
                            key,
                            r.message());
                }
                default -> {
                    retrying++;
                    held.add(key);
                }
            }
        }
        return new FlowReport(0, 0, 0, List.of(), 0, 0, 0, pushed, retrying, failed);
    }

    /** One scheduled run: pull, poll, push. */
    public FlowReport runOnce() {
        return pull().plus(poll()).plus(pushStatuses());
    }

    /** Builder of {@link InterconnectedDossierFlow}. */
    public static final class Builder {
        private InterconnectClient interconnect;
        private CivilStatusClient ministry;
        private OneStopSystem oneStop;
        private WorkingCalendar calendar = WorkingCalendar.vietnam();
        private Clock clock = Clock.system(WorkingCalendar.ZONE);
        private int workingDays = 3;
        private int batch = 20;
        private String receivingOfficer = "Bộ phận một cửa";

        private Builder() {}

        public Builder interconnect(InterconnectClient client) {
            this.interconnect = client;
            return this;
        }

        public Builder civilStatus(CivilStatusClient client) {
            this.ministry = client;
            return this;
        }

        public Builder oneStop(OneStopSystem oneStop) {
            this.oneStop = oneStop;
            return this;
        }

        /** Working time for due dates; default {@link WorkingCalendar#vietnam()}. */
        public Builder calendar(WorkingCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The processing time of the birth group: "not more than 3 working days" (default 3). */
        public Builder workingDays(int days) {
            this.workingDays = days;
            return this;
        }

        /** Statuses per push run ({@code SoLuongGuiTrangThaiDVCLT}, default 20). */
        public Builder statusBatch(int size) {
            this.batch = size;
            return this;
        }

        /** The name sent as {@code nguoiXuLy} of status 1. */
        public Builder receivingOfficer(String name) {
            this.receivingOfficer = name;
            return this;
        }

        public InterconnectedDossierFlow build() {
            if (workingDays < 1 || batch < 1) {
                throw new EgovClientException("workingDays and statusBatch must be at least 1");
            }
            return new InterconnectedDossierFlow(this);
        }
    }
}
