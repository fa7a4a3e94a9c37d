package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.LocalStorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The staging folder: one sub-folder per claim ({@code <docId>.<token>.<random>}), so two instances sharing the folder
 * never write into the same one. Self-cleaning: a folder no claim of this process uses and untouched for longer than
 * {@code staleAfter} (its holder touches it on every lease renewal) was left by a crash and is deleted on the next
 * poll. Deletion tolerates another instance deleting the same files.
 */
final class Staging {
    private final Path root;
    private final Duration staleAfter;
    private final Clock clock;
    private final Set<Path> active = ConcurrentHashMap.newKeySet();

    Staging(Path root, Duration staleAfter, Clock clock) {
        this.root = root;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    Path open(ReceiveClaim claim) {
        Path dir = root.resolve(claim.docId() + "." + claim.token() + "." + Long.toHexString(System.nanoTime()));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LocalStorageException("Cannot create staging folder " + dir + ": " + e.getMessage(), dir, e);
        }
        active.add(dir);
        return dir;
    }

    void touch(Path dir) {
        try {
            Files.setLastModifiedTime(dir, FileTime.from(clock.instant()));
        } catch (IOException ignored) {
            // a folder not touched may be swept as stale after staleAfter: its claim will have expired too
        }
    }

    void close(Path dir) {
        active.remove(dir);
        delete(dir);
    }

    /** Deletes the stale folders of crashed runs; returns how many. */
    int sweep() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int n = 0;
        long limit = clock.millis() - staleAfter.toMillis();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path d : dirs) {
                if (d.getFileName().toString().startsWith(".") || active.contains(d)) {
                    continue;
                }
                if (Files.getLastModifiedTime(d).toMillis() < limit) {
                    delete(d);
                    n++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a folder vanishing while listed was deleted by another instance
        }
        return n;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // not empty yet or already gone: the next sweep retries
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // another instance deleted it first
        }
    }
}
