package io.github.egovsdk.signature.revocation;

import java.security.cert.X509Certificate;
import java.util.Optional;

/** SPI: the revocation status of a certificate, or empty when it cannot be obtained (then: TRY_LATER). */
@FunctionalInterface
public interface RevocationSource {
    Optional<RevocationStatus> status(X509Certificate certificate, X509Certificate issuer);
}
