package io.github.egovsdk.edoc.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.jdbc.JdbcDatabase;
import io.github.egovsdk.core.jdbc.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tracker's state in a shared database: correlation, newest status wins, duplicates change nothing. */
class JdbcTrackerStoreTest {
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
    void status_whenOlderOrRepeatedStatusArrives_keepsTheNewest(String kind) {
        JdbcDatabase db = db(kind);
        TrackerStore one = JdbcTrackerStore.create(db);
        TrackerStore other = JdbcTrackerStore.create(db); // another instance
        one.sent(new TrackerStore.Sent(
                "000.00.00.H27,2026/12/04,7/UBND-VP",
                "000.00.00.H27",
                "7/UBND-VP",
                "2026/12/04",
                List.of("000.00.12.H27")));
        assertThat(other.byDocumentId("000.00.00.H27,2026/12/04,7/UBND-VP")).isPresent();
        assertThat(other.byCode("000.00.00.H27", "7 / ubnd-vp", "2026/12/04"))
                .contains("000.00.00.H27,2026/12/04,7/UBND-VP");
        assertThat(other.byCode("000.00.00.H27", "8/UBND-VP", "2026/12/04")).isEmpty();

        String doc = "000.00.00.H27,2026/12/04,7/UBND-VP";
        other.status(doc, new EdocTracker.RecipientStatus("000.00.12.H27", "01", "Đã đến", "2026/12/04 09:00:00"));
        one.status(doc, new EdocTracker.RecipientStatus("000.00.12.H27", "03", "Đã phân công", "2026/12/04 10:00:00"));
        other.status(doc, new EdocTracker.RecipientStatus("000.00.12.H27", "01", "Đã đến", "2026/12/04 09:00:00"));

        assertThat(one.latest(doc)).containsOnlyKeys("000.00.12.H27");
        assertThat(one.latest(doc).get("000.00.12.H27").statusCode()).isEqualTo("03");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void status_whenSameSecondStatusesArriveOutOfOrder_keepsTheLaterCode(String kind) {
        TrackerStore store = JdbcTrackerStore.create(db(kind));
        String doc = "000.00.00.H27,2026/12/04,9/UBND-VP";
        store.status(
                doc, new EdocTracker.RecipientStatus("000.00.12.H27", "03", "Đã tiếp nhận", "2026/12/04 09:00:00"));
        store.status(doc, new EdocTracker.RecipientStatus("000.00.12.H27", "01", "Đã đến", "2026/12/04 09:00:00"));
        assertThat(store.latest(doc).get("000.00.12.H27").statusCode()).isEqualTo("03");
        store.status(doc, new EdocTracker.RecipientStatus("000.00.12.H27", "01", "Đã đến", "2026/12/04 09:00:01"));
        assertThat(store.latest(doc).get("000.00.12.H27").statusCode())
                .as("a newer 01 (re-sent) wins")
                .isEqualTo("01");
    }
}
