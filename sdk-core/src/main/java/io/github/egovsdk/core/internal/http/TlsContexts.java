package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.config.TlsConfig;
import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the SSLContext of a {@link TlsConfig}: custom trust store and client certificate (mTLS) when given. */
final class TlsContexts {
    private TlsContexts() {}

    static SSLContext create(TlsConfig tls) {
        try {
            if (tls.trustStore() == null && tls.keyStore() == null) {
                return SSLContext.getDefault();
            }
            TrustManagerFactory tmf = null;
            if (tls.trustStore() != null) {
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(tls.trustStore());
            }
            KeyManagerFactory kmf = null;
            if (tls.keyStore() != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                char[] password = tls.keyPassword();
                kmf.init(tls.keyStore(), password == null ? new char[0] : password);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new EgovClientException(
                    "Invalid TLS configuration (trust store or client certificate): " + e.getMessage(), e);
        }
    }
}
