package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.civil.flow.InMemoryOneStopSystem;
import io.github.egovsdk.civil.flow.InterconnectedDossierFlow;
import io.github.egovsdk.civil.flow.LocalDossier;
import io.github.egovsdk.civil.flow.LocalState;
import io.github.egovsdk.civil.flow.OneStopSystem;
import io.github.egovsdk.civil.flow.PendingStatus;
import io.github.egovsdk.civil.interconnect.InterconnectClient;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.StatusPushOutcome;
import io.github.egovsdk.civil.interconnect.StatusUpdate;
import io.github.egovsdk.civil.justice.CivilStatusClient;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.config.ProxyConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.config.Timeouts;
import io.github.egovsdk.core.config.TlsConfig;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.HttpTransport;
import io.github.egovsdk.core.internal.http.ApacheHttpTransport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The interconnected flow under a crash at every step — before and after each change of the one-stop system's store,
 * and after each HTTP exchange the server completed but the client never saw — then a restart over the same store:
 * no dossier is lost or duplicated, the ministry holds each once, and the DVCLT software records every status
 * (1 → 3 → 7 → 4) exactly once, in order.
 */
@EgovSandboxTest
class InterconnectedFlowCrashTest {
    /** A process death, as seen by the code that was running. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("simulated crash");
        }
    }

    /** Counts steps; throws {@link Crash} at the chosen one (0 = never). */
    static final class Fuse {
        final AtomicInteger count = new AtomicInteger();
        final int at;

        Fuse(int at) {
            this.at = at;
        }

        void tick() {
            if (count.incrementAndGet() == at) {
                throw new Crash();
            }
        }
    }

    /** The store with a fuse before ({@code before=true}) or after each change. */
    static final class CrashingStore implements OneStopSystem {
        final InMemoryOneStopSystem store;
        final Fuse fuse;
        final boolean before;

        CrashingStore(InMemoryOneStopSystem store, Fuse fuse, boolean before) {
            this.store = store;
            this.fuse = fuse;
            this.before = before;
        }

        private void change(Runnable r) {
            if (before) {
                fuse.tick();
            }
            r.run();
            if (!before) {
                fuse.tick();
            }
        }

        @Override
        public Optional<LocalDossier> findByInterconnectCode(String c) {
            return store.findByInterconnectCode(c);
        }

        @Override
        public Optional<LocalDossier> findByLocalCode(String c) {
            return store.findByLocalCode(c);
        }

        @Override
        public String allocateCode(InterconnectDossier d) {
            return store.allocateCode(d);
        }

        @Override
        public void create(LocalDossier d, StatusUpdate s) {
            change(() -> store.create(d, s));
        }

        @Override
        public void update(LocalDossier d, StatusUpdate s) {
            change(() -> store.update(d, s));
        }

        @Override
        public List<LocalDossier> inState(LocalState s) {
            return store.inState(s);
        }

        @Override
        public List<PendingStatus> pendingStatuses(int limit) {
            return store.pendingStatuses(limit);
        }

        @Override
        public void statusPushed(long id, StatusPushOutcome o) {
            change(() -> store.statusPushed(id, o));
        }
    }

    /** A transport whose n-th exchange reaches the server but whose answer is lost. */
    static final class LosingTransport implements HttpTransport {
        final HttpTransport real = new ApacheHttpTransport(Timeouts.DEFAULT, TlsConfig.DEFAULT, ProxyConfig.NONE);
        final Fuse fuse;

        LosingTransport(Fuse fuse) {
            this.fuse = fuse;
        }

        @Override
        public HttpResponse execute(HttpRequest request) {
            HttpResponse r = real.execute(request);
            try {
                fuse.tick();
            } catch (Crash c) {
                r.close();
                throw new EgovTransportException("connection lost after the server answered (simulated)", c);
            }
            return r;
        }

        @Override
        public void close() {
            real.close();
        }
    }

    private static InterconnectedDossierFlow flow(EgovSandbox sandbox, OneStopSystem store, HttpTransport transport) {
        SandboxCivil civil = sandbox.civil();
        InterconnectClient.Builder ib = InterconnectClient.builder()
                .endpoint(civil.interconnectEndpoint())
                .login(SandboxCivil.DVCLT_USERNAME, SandboxCivil.DVCLT_PASSWORD)
                .retryPolicy(RetryPolicy.none());
        CivilStatusClient.Builder cb = CivilStatusClient.builder()
                .endpoint(civil.civilStatusEndpoint())
                .provinceCode(SandboxCivil.PROVINCE)
                .retryPolicy(RetryPolicy.none());
        if (transport != null) {
            ib.httpTransport(transport);
            cb.httpTransport(transport);
        }
        return InterconnectedDossierFlow.builder()
                .interconnect(ib.build())
                .civilStatus(cb.build())
                .oneStop(store)
                .build();
    }

    /** What the scheduled jobs and the officers do, until everything is registered and pushed. */
    private static void drive(InterconnectedDossierFlow flow, OneStopSystem store) {
        flow.pull();
        store.inState(LocalState.NEW).forEach(d -> flow.accept(d.localCode(), "Cán bộ một cửa"));
        store.inState(LocalState.ACCEPTED).forEach(d -> flow.forward(d.localCode(), "Cán bộ một cửa"));
        flow.pushStatuses();
        for (int i = 0; i < 4 && !store.inState(LocalState.WITH_MINISTRY).isEmpty(); i++) {
            flow.poll();
            flow.pushStatuses();
        }
        flow.pushStatuses();
    }

    private static void file(EgovSandbox sandbox, boolean both) {
        SandboxCitizen mother = sandbox.citizens().get(1);
        sandbox.civil().fileBirth("G27.99-260101-0001", mother, "NGUYỄN THỬ NGHIỆM CON", LocalDate.of(2026, 1, 1));
        if (!both) {
            return;
        }
        sandbox.civil()
                .fileDeath(
                        "G27.99-260101-0002",
                        sandbox.citizens().get(2),
                        "LÊ VĂN THỬ CỤ",
                        "027040000111",
                        LocalDate.of(2026, 1, 2));
    }

    /** Runs with a crash at step {@code at} (0 = none), restarts, finishes; returns the number of steps counted. */
    private static int runWithCrash(EgovSandbox sandbox, String kind, int at) {
        return runWithCrash(sandbox, kind, at, false);
    }

    private static int runWithCrash(EgovSandbox sandbox, String kind, int at, boolean both) {
        sandbox.reset();
        file(sandbox, both);
        InMemoryOneStopSystem store = new InMemoryOneStopSystem("H27.99.99");
        Fuse fuse = new Fuse(at);
        OneStopSystem first = kind.equals("http") ? store : new CrashingStore(store, fuse, kind.equals("before"));
        try (LosingTransport transport = new LosingTransport(kind.equals("http") ? fuse : new Fuse(0))) {
            try {
                drive(flow(sandbox, first, transport), first);
            } catch (Crash | EgovTransportException e) {
                assertThat(at).as("only the injected crash may stop the run").isPositive();
            }
        }
        drive(flow(sandbox, store, null), store);

        assertThat(store.dossiers())
                .as("crash %s at %d: one local dossier per interconnect code", kind, at)
                .extracting(LocalDossier::interconnectCode)
                .containsExactlyInAnyOrderElementsOf(
                        both ? List.of("G27.99-260101-0001", "G27.99-260101-0002") : List.of("G27.99-260101-0001"));
        assertThat(store.dossiers()).allMatch(d -> d.state() == LocalState.COMPLETED);
        assertThat(store.dossiers())
                .allMatch(d -> d.certificate() != null && d.certificate().pdf().length > 500);
        for (LocalDossier d : store.dossiers()) {
            assertThat(sandbox.civil().statuses(d.interconnectCode()))
                    .as("crash %s at %d: statuses of %s", kind, at, d.interconnectCode())
                    .containsExactly(1, 3, 7, 4);
            assertThat(sandbox.civil().acknowledged(d.interconnectCode())).isTrue();
            assertThat(sandbox.civil().ministryHas(d.localCode())).isTrue();
        }
        assertThat(store.statuses().values())
                .as("every queued status synced")
                .allMatch(o -> o == StatusPushOutcome.DONE);
        return fuse.count.get();
    }

    @Test
    void flow_whenNoCrash_registersBothAndPushesOneThreeSevenFour(EgovSandbox sandbox) {
        assertThat(runWithCrash(sandbox, "before", 0, true))
                .as("store changes in a clean run")
                .isGreaterThan(10);
    }

    @Test
    void flow_whenCrashBeforeOrAfterEveryStoreChange_restartLosesAndDuplicatesNothing(EgovSandbox sandbox) {
        int steps = runWithCrash(sandbox, "before", 0);
        for (int at = 1; at <= steps; at++) {
            runWithCrash(sandbox, "before", at);
            runWithCrash(sandbox, "after", at);
        }
    }

    @Test
    void flow_whenAnAnswerIsLostAfterEveryExchange_restartLosesAndDuplicatesNothing(EgovSandbox sandbox) {
        int exchanges = runWithCrash(sandbox, "http", 0);
        assertThat(exchanges).isGreaterThan(10);
        for (int at = 1; at <= exchanges; at++) {
            runWithCrash(sandbox, "http", at);
        }
    }
}
