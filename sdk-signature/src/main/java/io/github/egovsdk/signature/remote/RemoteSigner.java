package io.github.egovsdk.signature.remote;

import java.util.List;
import java.util.Optional;

/**
 * SPI of remote signing services where the user approves on a phone (VNPT SmartCA, Viettel MySign / CSC, NEAC):
 * the service signs a digest and returns the raw signature value; the CMS/PAdES is built locally.
 */
public interface RemoteSigner {

    /** The user's signing credentials (certificates). */
    List<RemoteCredential> listCredentials(String userId);

    /** Asks for a signature over a SHA-256 digest; the user is notified in the provider's app. */
    PendingSignature requestSignature(String userId, RemoteCredential credential, byte[] sha256Digest,
            String description);

    /** The signature value once approved; empty while pending; throws when refused or expired. */
    Optional<byte[]> poll(PendingSignature pending);
}
