package io.github.egovsdk.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.jdbc.JdbcDatabase;
import io.github.egovsdk.core.jdbc.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dossier numbers shared by several instances, on a real PostgreSQL server and on H2 in file mode. */
class JdbcCounterStoreTest {
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void next_whenFourInstancesDraw250EachConcurrently_yields1000UniqueConsecutiveCodes() throws Exception {
        String url = TestDatabases.postgresUrl();
        String prefix = TestDatabases.uniquePrefix();
        List<Integer> all = drawConcurrently(
                () -> JdbcDatabase.builder()
                        .url(url, null, null)
                        .tablePrefix(prefix)
                        .build(),
                4,
                250);
        System.out.printf(
                "counter on PostgreSQL: 4 instances x 250 -> %d codes, %d distinct, max %d%n",
                all.size(),
                all.stream().distinct().count(),
                all.stream().mapToInt(Integer::intValue).max().orElse(0));
        assertThat(all)
                .hasSize(1000)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 1000).boxed().toList());
    }

    @Test
    void next_onH2File_isConsecutivePerAgencyAndRestartsEachDay(@TempDir Path dir) throws Exception {
        JdbcDatabase db = TestDatabases.h2(dir);
        List<Integer> all = drawConcurrently(() -> db, 2, 50);
        assertThat(all)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 100).boxed().toList());
        JdbcCounterStore store = JdbcCounterStore.create(db);
        assertThat(store.next("000.00.15.H27", LocalDate.of(2026, 12, 4)))
                .as("another agency")
                .isEqualTo(1);
        assertThat(store.next("000.00.12.H27", LocalDate.of(2026, 12, 5)))
                .as("the next day")
                .isEqualTo(1);
        DossierCode code = new DossierCodeGenerator(store, DAY).next("000.00.12.H27");
        assertThat(code.sequence()).isEqualTo(101);
    }

    private static List<Integer> drawConcurrently(Callable<JdbcDatabase> database, int instances, int each)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<List<Integer>>> runs = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                // each "instance" has its own database handle and store, as separate application instances would
                runs.add(pool.submit(() -> {
                    DossierCodeGenerator codes =
                            new DossierCodeGenerator(JdbcCounterStore.create(database.call()), DAY);
                    List<Integer> mine = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        mine.add(codes.next("000.00.12.H27").sequence());
                    }
                    return mine;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : runs) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }
}
