package io.github.egovsdk.signature.testpki;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The issuing CA's CRL, generated on each request and served over HTTP on loopback: serials in {@link #revoked} are
 * listed; {@link #signingKey} may be swapped for a wrong key and {@link #nextUpdate} moved into the past.
 */
public final class TestCrl implements AutoCloseable {
    public final Set<BigInteger> revoked = ConcurrentHashMap.newKeySet();
    public final AtomicInteger requests = new AtomicInteger();
    public volatile PrivateKey signingKey;
    public volatile Duration nextUpdate = Duration.ofDays(7);
    private final HttpServer server;

    public TestCrl(TestPki pki) throws Exception {
        signingKey = pki.caKeys.getPrivate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/ca.crl", ex -> {
            requests.incrementAndGet();
            try {
                Instant now = Instant.now();
                X509v2CRLBuilder b = new X509v2CRLBuilder(
                        new X500Name("CN=Test Issuing CA,O=EGov SDK Test,C=VN"),
                        Date.from(now.minus(Duration.ofHours(1))));
                b.setNextUpdate(Date.from(now.plus(nextUpdate)));
                for (BigInteger serial : revoked) {
                    b.addCRLEntry(serial, Date.from(now.minus(Duration.ofDays(1))), CRLReason.keyCompromise);
                }
                byte[] body = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey))
                        .getEncoded();
                ex.getResponseHeaders().add("Content-Type", "application/pkix-crl");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            } catch (Exception e) {
                ex.sendResponseHeaders(500, -1);
                ex.close();
            }
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ca.crl");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
