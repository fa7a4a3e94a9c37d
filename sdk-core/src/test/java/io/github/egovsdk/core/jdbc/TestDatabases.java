package io.github.egovsdk.core.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real databases of the JDBC store tests. PostgreSQL: the server at {@code EGOV_PG_URL} (CI starts one with
 * {@code .ci/start-postgres}); without it, the tests start that throwaway cluster themselves when PostgreSQL's binaries
 * are installed, and are skipped otherwise (CI fails skipped tests). Each call gets its own table prefix, so tests
 * never see each other's rows.
 */
public final class TestDatabases {
    public static final String ENV = "EGOV_PG_URL";
    private static String url;
    private static String whyNot;

    private TestDatabases() {}

    /** A fresh table prefix on the test PostgreSQL server (migrated by the stores). */
    public static JdbcDatabase postgres() {
        return JdbcDatabase.builder()
                .url(postgresUrl(), null, null)
                .tablePrefix(uniquePrefix())
                .build();
    }

    /** An H2 database in file mode in {@code dir} (the embedded default). */
    public static JdbcDatabase h2(Path dir) {
        return JdbcDatabase.builder()
                .url("jdbc:h2:file:" + dir.toAbsolutePath().resolve("egov") + ";DB_CLOSE_DELAY=-1", "sa", "")
                .tablePrefix(uniquePrefix())
                .build();
    }

    /** The databases a store test runs on, for {@code @MethodSource}: {@code postgresql} and {@code h2}. */
    public static Stream<String> kinds() {
        return Stream.of("postgresql", "h2");
    }

    /** The database of a kind from {@link #kinds()} (H2 files in {@code dir}). */
    public static JdbcDatabase of(String kind, Path dir) {
        return kind.equals("postgresql") ? postgres() : h2(dir);
    }

    public static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + "_";
    }

    /** The JDBC URL of the test PostgreSQL server; aborts the test (skipped) when there is none. */
    public static synchronized String postgresUrl() {
        if (url == null && whyNot == null) {
            String env = System.getenv(ENV);
            if (env != null && !env.isBlank()) {
                url = env.strip();
            } else {
                start();
            }
        }
        Assumptions.assumeTrue(url != null, () -> whyNot);
        return url;
    }

    private static void start() {
        Path script = findScript();
        boolean installed = Files.isDirectory(Path.of("/usr/lib/postgresql"));
        if (script == null || !installed) {
            whyNot = "No PostgreSQL: set " + ENV + " (e.g. export " + ENV + "=$(.ci/start-postgres)) or install"
                    + " PostgreSQL's server binaries (apt-get install postgresql) so the tests start a throwaway "
                    + "cluster";
            return;
        }
        try {
            Process p = new ProcessBuilder(script.toString())
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.startsWith("jdbc:postgresql:")) {
                whyNot = script + " could not start PostgreSQL (exit " + p.exitValue() + ")";
                return;
            }
            url = out.lines().reduce((a, b) -> b).orElse(out);
        } catch (IOException e) {
            whyNot = script + " failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            whyNot = "interrupted while starting PostgreSQL";
        }
    }

    private static Path findScript() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve(".ci/start-postgres");
            if (Files.isExecutable(s)) {
                return s;
            }
        }
        return null;
    }
}
