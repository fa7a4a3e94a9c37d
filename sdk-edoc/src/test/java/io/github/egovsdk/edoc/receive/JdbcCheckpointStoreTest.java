package io.github.egovsdk.edoc.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.jdbc.JdbcDatabase;
import io.github.egovsdk.core.jdbc.TestDatabases;
import io.github.egovsdk.edoc.vxp.TransportStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Claims, leases, fencing and identities on a real PostgreSQL server and on H2 in file mode. */
class JdbcCheckpointStoreTest {
    @TempDir
    static Path dir;

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static JdbcDatabase db(String kind) {
        return TestDatabases.of(kind, dir);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void claim_whenHeldByAnotherInstance_isRefusedUntilTheLeaseLapses(String kind) {
        JdbcDatabase db = db(kind);
        EdocReceiverRecoveryTest.MutableClock clock =
                new EdocReceiverRecoveryTest.MutableClock(Instant.parse("2026-12-04T08:00:00Z"));
        JdbcCheckpointStore a = JdbcCheckpointStore.create(db, "a", clock);
        JdbcCheckpointStore b = JdbcCheckpointStore.create(db, "b", clock);

        ReceiveClaim first = a.claim("d1", Duration.ofSeconds(30)).orElseThrow();
        assertThat(first.step()).isEqualTo(ReceiveStep.NEW);
        assertThat(b.claim("d1", Duration.ofSeconds(30))).isEmpty();
        assertThat(a.advance(first, ReceiveStep.HANDLED, TransportStatus.DONE, "edoc|x|y|1"))
                .isTrue();

        clock.now = clock.now.plusSeconds(31); // a is "killed": its lease lapses
        ReceiveClaim taken = b.claim("d1", Duration.ofSeconds(30)).orElseThrow();
        assertThat(taken.step()).isEqualTo(ReceiveStep.HANDLED);
        assertThat(taken.outcome()).isEqualTo(TransportStatus.DONE);
        assertThat(taken.token()).isGreaterThan(first.token());
        assertThat(a.advance(first, ReceiveStep.ACKNOWLEDGED, TransportStatus.DONE, null))
                .as("fenced")
                .isFalse();
        assertThat(a.renew(first, Duration.ofSeconds(30))).isFalse();
        assertThat(b.advance(taken, ReceiveStep.ACKNOWLEDGED, TransportStatus.DONE, null))
                .isTrue();

        ReceiveClaim after = a.claim("d1", Duration.ofSeconds(30)).orElseThrow();
        assertThat(after.step()).isEqualTo(ReceiveStep.ACKNOWLEDGED);
        assertThat(after.acknowledgedAt()).isEqualTo(clock.now);
        assertThat(b.handledAs("edoc|x|y|1")).contains("d1");
        assertThat(b.handledAs("edoc|x|y|2")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void release_letsAnotherInstanceClaimAtOnce(String kind) {
        JdbcDatabase db = db(kind);
        JdbcCheckpointStore a = JdbcCheckpointStore.create(db);
        JdbcCheckpointStore b = JdbcCheckpointStore.create(db);
        ReceiveClaim c = a.claim("d2", Duration.ofMinutes(5)).orElseThrow();
        a.release(c);
        assertThat(b.claim("d2", Duration.ofMinutes(5))).isPresent();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void claim_whenEightThreadsRaceForFiftyPackages_eachIsClaimedOnce(String kind) throws Exception {
        JdbcDatabase db = db(kind);
        Set<String> won = ConcurrentHashMap.newKeySet();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                JdbcCheckpointStore store = JdbcCheckpointStore.create(db, "i" + t, Clock.systemUTC());
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        store.claim("p" + i, Duration.ofMinutes(5)).ifPresent(c -> {
                            if (!won.add(c.docId())) {
                                duplicates.add(c.docId());
                            }
                        });
                    }
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(won).hasSize(50);
        assertThat(duplicates).isEmpty();
    }
}
