package io.github.egovsdk.signature.testpki;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** An OCSP responder for the test PKI's issuing CA, on loopback: serials in {@link #revoked} answer REVOKED. */
public final class TestOcsp implements AutoCloseable {
    public final Set<BigInteger> revoked = ConcurrentHashMap.newKeySet();
    public final AtomicInteger requests = new AtomicInteger();
    private final HttpServer server;

    public TestOcsp(TestPki pki) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/ocsp", ex -> {
            requests.incrementAndGet();
            try {
                OCSPReq req = new OCSPReq(ex.getRequestBody().readAllBytes());
                // The issuer answers for its own certificates: the root for the issuing CA, the CA for the rest.
                JcaX509CertificateHolder rootHolder = new JcaX509CertificateHolder(pki.root);
                boolean forCa = req.getRequestList().length > 0
                        && req.getRequestList()[0]
                                .getCertID()
                                .matchesIssuer(rootHolder, new JcaDigestCalculatorProviderBuilder().build());
                X509Certificate responder = forCa ? pki.root : pki.ca;
                PrivateKey responderKey = forCa ? pki.rootKeys.getPrivate() : pki.caKeys.getPrivate();
                BasicOCSPRespBuilder b =
                        new BasicOCSPRespBuilder(new RespID(new JcaX509CertificateHolder(responder).getSubject()));
                for (Req r : req.getRequestList()) {
                    CertificateStatus status = revoked.contains(r.getCertID().getSerialNumber())
                            ? new RevokedStatus(new Date(System.currentTimeMillis() - 86_400_000L), 1)
                            : CertificateStatus.GOOD;
                    b.addResponse(r.getCertID(), status);
                }
                byte[] body = new OCSPRespBuilder()
                        .build(
                                OCSPRespBuilder.SUCCESSFUL,
                                b.build(
                                        new JcaContentSignerBuilder("SHA256withRSA").build(responderKey),
                                        null,
                                        new Date()))
                        .getEncoded();
                ex.getResponseHeaders().add("Content-Type", "application/ocsp-response");
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
        new JcaDigestCalculatorProviderBuilder().build(); // fail early if BC is missing
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
