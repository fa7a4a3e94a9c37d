package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.keys.SigningKey;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The keys of two-phase CMS signing: at prepare, one that records the bytes to sign (the signature built then is
 * discarded); at complete, one that returns the external value after checking it is asked for exactly those bytes.
 */
public final class CapturedKey implements SigningKey {
    private final List<X509Certificate> chain;
    private final byte[] expected;
    private final byte[] value;
    private byte[] captured;

    private CapturedKey(List<X509Certificate> chain, byte[] expected, byte[] value) {
        this.chain = List.copyOf(chain);
        this.expected = expected;
        this.value = value;
    }

    /** Records what it is asked to sign; not thread-safe, one per signature. */
    public static CapturedKey recorder(List<X509Certificate> chain) {
        return new CapturedKey(chain, null, null);
    }

    /** Returns {@code value} when asked to sign {@code expected}, else refuses (the document changed). */
    public static CapturedKey replay(List<X509Certificate> chain, byte[] expected, byte[] value) {
        return new CapturedKey(chain, expected.clone(), value.clone());
    }

    /** The bytes recorded by a {@link #recorder}. */
    public byte[] captured() {
        if (captured == null) {
            throw new IllegalStateException("nothing was signed");
        }
        return captured.clone();
    }

    @Override
    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] data, SignatureAlgorithm algorithm) {
        if (expected == null) {
            captured = data.clone();
            return new byte[0];
        }
        if (!MessageDigest.isEqual(data, expected)) {
            throw new EgovClientException("The document or the signing parameters changed between prepare and complete"
                    + " / Văn bản đã thay đổi giữa hai bước ký");
        }
        return value.clone();
    }
}
