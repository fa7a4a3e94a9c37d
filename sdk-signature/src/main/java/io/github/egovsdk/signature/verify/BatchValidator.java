package io.github.egovsdk.signature.verify;

import io.github.egovsdk.core.EgovException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Verifies many files in parallel with one {@link SignatureValidator} (kiểm tra nhiều tệp ký số cùng lúc) — the
 * validator is immutable and thread-safe, so its trust anchors, policy and revocation caches are shared by every
 * worker. Results come back in the order the files were given; a file that cannot be verified at all (not a signed
 * file, unreadable) is a failed {@link BatchResult}, never an interruption of the batch.
 *
 * <pre>{@code
 * BatchValidator batch = BatchValidator.builder().validator(validator).parallelism(4).build();
 * for (BatchResult r : batch.validate(files)) {
 *     log.info("{}: {}", r.file(), r.valid() ? "OK" : r.errorOrIndication());
 * }
 * }</pre>
 *
 * <p>Verification is CPU-bound (hashing, RSA/ECDSA, PDF parsing): the default parallelism is the number of available
 * processors. Immutable and thread-safe; each {@link #validate} call runs its own short-lived worker pool.
 */
public final class BatchValidator {
    private final SignatureValidator validator;
    private final int parallelism;

    private BatchValidator(Builder b) {
        this.validator = Objects.requireNonNull(b.validator, "validator");
        this.parallelism = b.parallelism;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Verifies every file; see {@link #validate(List, Consumer)}. */
    public List<BatchResult> validate(List<Path> files) {
        return validate(files, r -> {});
    }

    /**
     * Verifies every file (no detached content) and returns one result per file, in input order.
     *
     * @param onEach called once per finished file, from a worker thread, as results arrive (e.g. for progress)
     */
    public List<BatchResult> validate(List<Path> files, Consumer<BatchResult> onEach) {
        List<Path> inputs = List.copyOf(files);
        Objects.requireNonNull(onEach, "onEach");
        if (inputs.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, inputs.size()), new Workers());
        try {
            List<CompletableFuture<BatchResult>> futures = new ArrayList<>(inputs.size());
            for (Path file : inputs) {
                futures.add(CompletableFuture.supplyAsync(
                        () -> {
                            BatchResult result = one(file);
                            onEach.accept(result);
                            return result;
                        },
                        pool));
            }
            List<BatchResult> results = new ArrayList<>(inputs.size());
            for (CompletableFuture<BatchResult> f : futures) {
                results.add(f.join());
            }
            return List.copyOf(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private BatchResult one(Path file) {
        try {
            return new BatchResult(file, validator.validate(file), null);
        } catch (EgovException e) {
            return new BatchResult(file, null, e);
        }
    }

    /** Daemon workers with a recognisable name, so an abandoned batch never keeps a JVM alive. */
    private static final class Workers implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "egov-verify-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /** Builder of {@link BatchValidator}. */
    public static final class Builder {
        private SignatureValidator validator;
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder() {}

        /** The validator every worker uses (required). */
        public Builder validator(SignatureValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** Number of files verified at once (default: available processors; at least 1). */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
            }
            this.parallelism = parallelism;
            return this;
        }

        public BatchValidator build() {
            return new BatchValidator(this);
        }
    }
}
