package io.github.egovsdk.signature.remote;

import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.TwoPhasePadesSigner;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Signs a PDF with a remote signer: prepares it (two-phase PAdES), asks for a signature over the digest, polls until
 * the user approves — bounded by a timeout and cancellable — verifies the returned value against the certificate
 * before embedding it, then completes the PDF.
 */
public final class RemoteSigning {
    private RemoteSigning() {
    }

    public static Path signPdf(RemoteSigner signer, String userId, RemoteCredential credential, Path input,
            Path output, PadesOptions options, Duration timeout, Duration pollInterval, BooleanSupplier cancelled) {
        SignatureAlgorithm alg = SignatureAlgorithm.defaultFor(credential.chain().get(0).getPublicKey());
        TwoPhasePadesSigner.Prepared prepared = TwoPhasePadesSigner.prepare(input,
                output.resolveSibling(output.getFileName() + ".prepared"), credential.chain(), alg, options);
        PendingSignature pending = signer.requestSignature(userId, credential, prepared.digest(),
                "Ký " + input.getFileName());
        byte[] value = await(signer, pending, timeout, pollInterval, cancelled);
        if (!verifies(credential, alg, prepared.state().dataToSign(), value)) {
            throw new RemoteSigningException("The signature value returned by the service does not verify with the"
                    + " certificate / Giá trị chữ ký trả về không khớp chứng thư số");
        }
        return TwoPhasePadesSigner.complete(prepared.state(), value, output);
    }

    /** Polls until approved, refused, timed out or cancelled. */
    public static byte[] await(RemoteSigner signer, PendingSignature pending, Duration timeout, Duration interval,
            BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new RemoteSigningException("Signing cancelled / Đã hủy ký số");
            }
            Optional<byte[]> value = signer.poll(pending);
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() + interval.toNanos() > deadline) {
                throw new RemoteSigningException("The user did not approve within " + timeout
                        + " / Người dùng chưa xác nhận ký trong thời gian cho phép");
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteSigningException("Interrupted while waiting for the user's approval");
            }
        }
    }

    private static boolean verifies(RemoteCredential credential, SignatureAlgorithm alg, byte[] data, byte[] value) {
        try {
            Signature s = Signature.getInstance(alg.jcaName());
            s.initVerify(credential.chain().get(0).getPublicKey());
            s.update(data);
            return s.verify(value);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
