package io.github.egovsdk.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovClientException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transactions, dialect and migrations on a real PostgreSQL server and on H2 in file mode. */
class JdbcDatabaseTest {
    private static final String BASE = "/io/github/egovsdk/core/jdbc/testschema";

    @Test
    void migrate_onPostgres_whenRunByFourInstancesAtOnce_appliesEachVersionOnce() throws Exception {
        String prefix = TestDatabases.uniquePrefix();
        String url = TestDatabases.postgresUrl();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> run = () -> JdbcDatabase.builder()
                        .url(url, null, null)
                        .tablePrefix(prefix)
                        .build()
                        .migrate("test", JdbcDatabaseTest.class, BASE);
                runs.add(pool.submit(run));
            }
            for (Future<Integer> f : runs) {
                assertThat(f.get()).isEqualTo(2);
            }
        } finally {
            pool.shutdown();
        }
        JdbcDatabase db =
                JdbcDatabase.builder().url(url, null, null).tablePrefix(prefix).build();
        assertThat(db.dialect()).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(count(db, "SELECT count(*) FROM " + db.table("schema_version") + " WHERE component = 'test'"))
                .isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM " + db.table("widget"))).isZero();
    }

    @Test
    void migrate_onH2File_createsPrefixedTablesAndIsIdempotent(@TempDir Path dir) {
        JdbcDatabase db = TestDatabases.h2(dir);
        assertThat(db.dialect()).isEqualTo(SqlDialect.H2);
        assertThat(db.migrate("test", JdbcDatabaseTest.class, BASE)).isEqualTo(2);
        assertThat(db.migrate("test", JdbcDatabaseTest.class, BASE)).isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM " + db.table("widget"))).isZero();
    }

    @Test
    void insertIfAbsent_onBothDialects_keepsTheFirstRowWithoutFailingTheTransaction(@TempDir Path dir) {
        for (JdbcDatabase db : List.of(TestDatabases.postgres(), TestDatabases.h2(dir))) {
            db.migrate("test", JdbcDatabaseTest.class, BASE);
            String sql = db.dialect().insertIfAbsent(db.table("widget"), "id", "id", "label");
            int inserted = db.inTransaction(c -> {
                int n = 0;
                for (String label : new String[] {"first", "second"}) {
                    try (PreparedStatement p = c.prepareStatement(sql)) {
                        p.setString(1, "w1");
                        p.setString(2, label);
                        n += p.executeUpdate();
                    }
                }
                return n;
            });
            assertThat(inserted).as(db.dialect().name()).isEqualTo(1);
            String label = db.withConnection(c -> {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT label FROM " + db.table("widget"))) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(label).isEqualTo("first");
        }
    }

    @Test
    void inTransaction_whenWorkThrows_rollsBack(@TempDir Path dir) {
        for (JdbcDatabase db : List.of(TestDatabases.postgres(), TestDatabases.h2(dir))) {
            db.migrate("test", JdbcDatabaseTest.class, BASE);
            assertThatThrownBy(() -> db.inTransaction(c -> {
                        try (Statement s = c.createStatement()) {
                            s.executeUpdate("INSERT INTO " + db.table("widget") + " (id, label) VALUES ('x', 'y')");
                        }
                        throw new IllegalStateException("boom");
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("boom");
            assertThat(count(db, "SELECT count(*) FROM " + db.table("widget")))
                    .as(db.dialect().name())
                    .isZero();
        }
    }

    @Test
    void builder_whenPrefixIsNotAnIdentifier_refusesIt(@TempDir Path dir) {
        assertThatThrownBy(() -> JdbcDatabase.builder()
                        .url("jdbc:h2:mem:x", "sa", "")
                        .tablePrefix("x; DROP")
                        .build())
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("tablePrefix");
    }

    @Test
    void statements_splitsOnSemicolonsAtLineEndsAndDropsComments() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n  ON a (x);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i\n  ON a (x)");
    }

    private static long count(JdbcDatabase db, String sql) {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
