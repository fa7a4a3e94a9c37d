package io.github.egovsdk.signature.remote;

import java.security.cert.X509Certificate;
import java.util.List;

/** A signing credential held by a remote-signing service (e.g. a SmartCA or MySign certificate). */
public record RemoteCredential(String id, String serialNumber, List<X509Certificate> chain) {
    public RemoteCredential {
        chain = List.copyOf(chain);
    }
}
