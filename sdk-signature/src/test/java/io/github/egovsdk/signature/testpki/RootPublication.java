package io.github.egovsdk.signature.testpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** The test root's publication point on loopback: {@code /root.crl} (fresh, empty, root-signed) and {@code /root.cer}.
 * */
final class RootPublication {
    private RootPublication() {}

    static HttpServer start(TestPki pki) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/root.crl", ex -> {
                try {
                    Instant now = Instant.now();
                    X509v2CRLBuilder b = new X509v2CRLBuilder(
                            new X500Name("CN=Test Root CA,O=EGov SDK Test,C=VN"), Date.from(now.minusSeconds(1)));
                    b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
                    send(
                            ex,
                            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pki.rootKeys.getPrivate()))
                                    .getEncoded());
                } catch (Exception e) {
                    ex.sendResponseHeaders(500, -1);
                    ex.close();
                }
            });
            server.createContext("/root.cer", ex -> {
                try {
                    send(ex, pki.root.getEncoded());
                } catch (Exception e) {
                    ex.sendResponseHeaders(500, -1);
                    ex.close();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test root's publication server", e);
        }
    }

    /** {@code ca} re-issued with the root's CRL distribution point and caIssuers URL. */
    static X509Certificate withRootUrls(X509Certificate ca, URI rootUrl, PrivateKey rootKey) {
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca);
            b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(
                        new DistributionPointName(new GeneralNames(
                                new GeneralName(GeneralName.uniformResourceIdentifier, rootUrl + "/root.crl"))),
                        null,
                        null)
            }));
            b.addExtension(
                    Extension.authorityInfoAccess,
                    false,
                    new AuthorityInformationAccess(new AccessDescription(
                            AccessDescription.id_ad_caIssuers,
                            new GeneralName(GeneralName.uniformResourceIdentifier, rootUrl + "/root.cer"))));
            return new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKey)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot add the root URLs to the test CA", e);
        }
    }

    private static void send(HttpExchange ex, byte[] body) throws IOException {
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
