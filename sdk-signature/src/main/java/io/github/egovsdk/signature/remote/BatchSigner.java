package io.github.egovsdk.signature.remote;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.signature.sign.PreparedSignature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Signs many documents — PDF, XML and CMS mixed — with a remote signer through one confirmation of the user (ký
 * hàng loạt): every document is prepared (two-phase signing), all digests go in one batch request
 * ({@link RemoteSigner#requestSignatures}), the wait for the user's approval is bounded by a timeout and cancellable,
 * each returned value is verified against the certificate, and each document is completed. The result has one entry
 * per document: one that fails (cannot be prepared, no value from the provider, a value that does not verify) fails
 * alone. Immutable and thread-safe.
 *
 * <pre>{@code
 * RemoteCredential cred = smartCa.listCredentials(userId).get(0);
 * PadesSigner pdf = PadesSigner.builder().certificates(cred.chain()).tsa(tsa).build();
 * XadesSigner xml = XadesSigner.builder().certificates(cred.chain()).tsa(tsa).build();
 * BatchSigningResult result = BatchSigner.builder().remoteSigner(smartCa).userId(userId).credential(cred)
 *         .timeout(Duration.ofMinutes(5)).build()
 *         .sign(List.of(BatchDocument.of(pdf, letter, signedLetter, PadesOptions.invisible()),
 *                 BatchDocument.of(xml, form, signedForm, SignOptions.enveloped())), "Ký 2 văn bản");
 * }</pre>
 */
public final class BatchSigner {
    private final RemoteSigner remote;
    private final String userId;
    private final RemoteCredential credential;
    private final Duration timeout;
    private final Duration pollInterval;
    private final BooleanSupplier cancelled;

    private BatchSigner(Builder b) {
        this.remote = Objects.requireNonNull(b.remote, "remoteSigner");
        this.userId = Objects.requireNonNull(b.userId, "userId");
        this.credential = Objects.requireNonNull(b.credential, "credential");
        this.timeout = b.timeout;
        this.pollInterval = b.pollInterval;
        this.cancelled = b.cancelled;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Signs {@code documents} with one request described to the user by {@code description}. */
    public BatchSigningResult sign(List<BatchDocument> documents, String description) {
        int n = documents.size();
        PreparedSignature[] prepared = new PreparedSignature[n];
        EgovException[] errors = new EgovException[n];
        List<DigestToSign> digests = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        X509Certificate cert = credential.chain().get(0);
        for (int i = 0; i < n; i++) {
            try {
                prepared[i] = documents.get(i).prepare();
                if (!prepared[i].chain().get(0).equals(cert)) {
                    throw new RemoteSigningException(
                            RemoteSigningException.Reason.INVALID_VALUE,
                            "Document "
                                    + documents.get(i).input().getFileName()
                                    + " was prepared for another certificate than"
                                    + " the credential's");
                }
                digests.add(new DigestToSign(
                        "doc-" + (i + 1), prepared[i].digest(), documents.get(i).fileType()));
                indexes.add(i);
            } catch (EgovException e) {
                errors[i] = e;
            }
        }
        if (!digests.isEmpty()) {
            try {
                BatchSignatures values = await(remote.requestSignatures(userId, credential, digests, description));
                for (int k = 0; k < indexes.size(); k++) {
                    int i = indexes.get(k);
                    errors[i] = complete(documents.get(i), prepared[i], values, k);
                }
            } catch (EgovException e) {
                indexes.forEach(i -> errors[i] = e);
            }
        }
        List<BatchSigningResult.Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new BatchSigningResult.Item(
                    documents.get(i).input(), documents.get(i).output(), Optional.ofNullable(errors[i])));
        }
        return new BatchSigningResult(items);
    }

    private static EgovException complete(
            BatchDocument doc, PreparedSignature prepared, BatchSignatures values, int k) {
        Optional<byte[]> value = values.value(k);
        if (value.isEmpty()) {
            return new RemoteSigningException(
                    RemoteSigningException.Reason.MISSING,
                    values.error(k)
                                    .orElse("No signature returned for "
                                            + doc.input().getFileName()) + " / Không nhận được chữ ký");
        }
        try {
            doc.complete(prepared, value.get());
            return null;
        } catch (EgovException e) {
            return e;
        }
    }

    /** Polls until approved, refused, timed out or cancelled. */
    private BatchSignatures await(PendingBatch pending) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new RemoteSigningException(
                        RemoteSigningException.Reason.CANCELLED, "Signing cancelled / Đã hủy" + " ký số");
            }
            Optional<BatchSignatures> values = remote.pollBatch(pending);
            if (values.isPresent()) {
                return values.get();
            }
            if (System.nanoTime() + pollInterval.toNanos() > deadline) {
                throw new RemoteSigningException(
                        RemoteSigningException.Reason.TIMED_OUT,
                        "The user did not approve" + " within " + timeout
                                + " / Người dùng chưa xác nhận ký trong thời gian cho phép");
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteSigningException(
                        RemoteSigningException.Reason.CANCELLED,
                        "Interrupted while" + " waiting for the user's approval");
            }
        }
    }

    /** Builder of {@link BatchSigner}. */
    public static final class Builder {
        private RemoteSigner remote;
        private String userId;
        private RemoteCredential credential;
        private Duration timeout = Duration.ofMinutes(5);
        private Duration pollInterval = Duration.ofSeconds(2);
        private BooleanSupplier cancelled = () -> false;

        private Builder() {}

        public Builder remoteSigner(RemoteSigner remote) {
            this.remote = remote;
            return this;
        }

        /** The subscriber at the provider (SmartCA: phone or citizen ID; CSC: the user id). */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        public Builder credential(RemoteCredential credential) {
            this.credential = credential;
            return this;
        }

        /** How long the user has to approve; default 5 minutes. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Default 2 seconds. */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = Objects.requireNonNull(pollInterval);
            return this;
        }

        /** Checked before every poll: true stops the wait with {@link RemoteSigningException.Reason#CANCELLED}. */
        public Builder cancelled(BooleanSupplier cancelled) {
            this.cancelled = Objects.requireNonNull(cancelled);
            return this;
        }

        public BatchSigner build() {
            return new BatchSigner(this);
        }
    }
}
