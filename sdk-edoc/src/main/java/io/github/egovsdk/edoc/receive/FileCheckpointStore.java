package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.LocalStorageException;
import io.github.egovsdk.edoc.vxp.TransportStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CheckpointStore} on one machine's disk — the embedded single-node default. The lease is an OS file lock
 * ({@code locks/<docId>}): the operating system drops it when the process dies, so a killed receiver never blocks a
 * package, and receivers in several processes of the same machine may share the folder. The step of each package is
 * a small file ({@code state/<docId>}) replaced atomically and fsynced; identities handled are marker files
 * ({@code identities/<sha256>}). For several machines use {@link JdbcCheckpointStore}.
 *
 * <p>Example:
 * <pre>{@code
 * EdocReceiver receiver = EdocReceiver.builder().client(axis).stagingDirectory(Path.of("/var/lib/motcua/axis"))
 *         .checkpoints(new FileCheckpointStore(Path.of("/var/lib/motcua/checkpoints")))   // the default store
 *         .handler((docId, message, file) -> { })
 *         .build();
 * }</pre>
 */
public final class FileCheckpointStore implements CheckpointStore {
    private final Path state;
    private final Path locks;
    private final Path identities;
    private final Clock clock;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private record Held(FileChannel channel, FileLock lock) {}

    public FileCheckpointStore(Path directory) {
        this(directory, Clock.systemUTC());
    }

    public FileCheckpointStore(Path directory, Clock clock) {
        this.clock = clock;
        try {
            this.state = Files.createDirectories(directory.resolve("state"));
            this.locks = Files.createDirectories(directory.resolve("locks"));
            this.identities = Files.createDirectories(directory.resolve("identities"));
        } catch (IOException e) {
            throw new LocalStorageException("Cannot create the checkpoint folder " + directory, directory, e);
        }
    }

    @Override
    public Optional<ReceiveClaim> claim(String docId, Duration lease) {
        String id = safe(docId);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(locks.resolve(id), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                return Optional.empty();
            }
            held.put(id, new Held(ch, lock));
            return Optional.of(read(id));
        } catch (OverlappingFileLockException heldHere) {
            closeQuietly(ch);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(ch);
            throw new LocalStorageException("Cannot lock checkpoint of " + id + ": " + e.getMessage(), locks, e);
        }
    }

    @Override
    public boolean renew(ReceiveClaim claim, Duration lease) {
        Held h = held.get(claim.docId());
        return h != null && h.lock().isValid();
    }

    @Override
    public void release(ReceiveClaim claim) {
        Held h = held.remove(claim.docId());
        if (h != null) {
            closeQuietly(h.channel());
        }
    }

    @Override
    public boolean advance(ReceiveClaim claim, ReceiveStep step, TransportStatus outcome, String identity) {
        String id = safe(claim.docId());
        if (!renew(claim, Duration.ZERO)) {
            return false;
        }
        if (identity != null) {
            mark(identities.resolve(hash(identity)), id);
        }
        Instant acked = step == ReceiveStep.ACKNOWLEDGED ? clock.instant() : null;
        String line = step.code() + " " + (outcome == null ? "-" : outcome.wire()) + " "
                + (acked == null ? "-" : acked.toEpochMilli());
        write(state.resolve(id), line);
        if (step == ReceiveStep.ACKNOWLEDGED) {
            release(claim);
        }
        return true;
    }

    @Override
    public Optional<String> handledAs(String identity) {
        try {
            return Optional.of(
                    Files.readString(identities.resolve(hash(identity))).strip());
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new LocalStorageException("Cannot read checkpoint: " + e.getMessage(), identities, e);
        }
    }

    private ReceiveClaim read(String id) throws IOException {
        String line;
        try {
            line = Files.readString(state.resolve(id)).strip();
        } catch (NoSuchFileException absent) {
            return new ReceiveClaim(id, "local", 0, ReceiveStep.NEW, null, null);
        }
        String[] f = line.split(" ");
        TransportStatus outcome =
                "-".equals(f[1]) ? null : "fail".equals(f[1]) ? TransportStatus.FAIL : TransportStatus.DONE;
        Instant acked = "-".equals(f[2]) ? null : Instant.ofEpochMilli(Long.parseLong(f[2]));
        return new ReceiveClaim(id, "local", 0, ReceiveStep.ofCode(Integer.parseInt(f[0])), outcome, acked);
    }

    /** The first writer of an identity wins (a hard link fails if the marker exists), concurrent or not. */
    private static void mark(Path marker, String content) {
        if (Files.exists(marker)) {
            return;
        }
        Path tmp = written(marker, content);
        try {
            Files.createLink(marker, tmp);
        } catch (FileAlreadyExistsException first) {
            // another package of the same document recorded it first
        } catch (UnsupportedOperationException | IOException noLinks) {
            move(tmp, marker);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Written to a temporary sibling of its own, fsynced, then moved over the target: never half-written. */
    private static void write(Path target, String content) {
        move(written(target, content), target);
    }

    /** A fsynced temporary sibling of {@code target} holding {@code content}, unique to this write. */
    private static Path written(Path target, String content) {
        Path tmp;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new LocalStorageException("Cannot record checkpoint " + target + ": " + e.getMessage(), target, e);
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new LocalStorageException("Cannot record checkpoint " + target + ": " + e.getMessage(), target, e);
        }
        return tmp;
    }

    private static void move(Path tmp, Path target) {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new LocalStorageException("Cannot record checkpoint " + target + ": " + e.getMessage(), target, e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a stray temporary file is never read as a checkpoint
        }
    }

    private static String hash(String identity) {
        return EdxmlIdentity.sha256(identity);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing a lock file cannot lose data
            }
        }
    }

    /** Axis ids are hex; anything else is refused rather than used as a path. */
    static String safe(String docId) {
        if (docId == null || !docId.matches("[A-Za-z0-9._-]{1,128}") || docId.startsWith(".")) {
            throw new EgovClientException("Unexpected package id from the axis: " + docId);
        }
        return docId;
    }
}
