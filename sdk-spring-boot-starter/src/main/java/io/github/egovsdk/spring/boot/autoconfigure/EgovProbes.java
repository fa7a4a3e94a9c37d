package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The checks behind the health indicators. The axis and the portal are checked with a cheap authenticated read
 * (so rejected credentials show as DOWN); the payment platform, population database, VNeID and the SSO only for
 * reachability — their only authenticated calls move money, read personal data or need a user — and the SSO by
 * its OpenID discovery document.
 */
public final class EgovProbes {
    private final Duration timeout;
    private final Duration cacheTtl;
    private final HttpClient http;

    public EgovProbes(HealthProperties p) {
        this.timeout = p.getTimeout();
        this.cacheTtl = p.getCacheTtl();
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public EgovServiceProbe vxp(VxpClient client) {
        return probe("vxp", () -> {
            client.countReceived(MessageType.EDOC);
            return "authenticated read (countReceiveEdoc)";
        });
    }

    public EgovServiceProbe portal(PortalClient client) {
        return probe("portal", () -> {
            client.sectors();
            return "authenticated read (sectors)";
        });
    }

    public EgovServiceProbe reachable(String service, URI endpoint) {
        return probe(service, () -> {
            int status = get(endpoint);
            if (status >= 500) {
                throw new EgovTransportException("HTTP " + status + " from " + endpoint);
            }
            return "reachable (HTTP " + status + ")";
        });
    }

    public EgovServiceProbe discovery(String service, URI issuer) {
        String base = issuer.toString().endsWith("/") ? issuer.toString() : issuer + "/";
        URI doc = URI.create(base + ".well-known/openid-configuration");
        return probe(service, () -> {
            int status = get(doc);
            if (status != 200) {
                throw new EgovTransportException("OpenID discovery answered HTTP " + status);
            }
            return "OpenID discovery document served";
        });
    }

    private int get(URI uri) {
        try {
            return http.send(
                            HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new EgovTransportException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EgovTransportException("interrupted", e);
        }
    }

    private EgovServiceProbe probe(String service, Callable<String> check) {
        return new EgovServiceProbe(service, check, timeout, cacheTtl, Clock.systemUTC());
    }
}
