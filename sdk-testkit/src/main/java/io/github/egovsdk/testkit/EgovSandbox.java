package io.github.egovsdk.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.testkit.internal.AxisTransformer;
import io.github.egovsdk.testkit.internal.SandboxPki;
import io.github.egovsdk.testkit.internal.TsaTransformer;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An embedded sandbox of the services the SDK talks to, on one loopback port (WireMock): the VXP document axis
 * (stateful, HMAC-verifying) under {@code /vxp/}, an RFC 3161 TSA of a sandbox PKI under {@code /tsa}, and
 * {@code GET /__health}. Signatures made with {@link #signingKey(String)} verify TOTAL_PASSED when {@link #rootCa()}
 * is trusted. All data is synthetic.
 */
public final class EgovSandbox implements AutoCloseable {
    /** Agency A, the sender in the demo (UBND tỉnh — sandbox code). */
    public static final SandboxAgency AGENCY_A = new SandboxAgency("000.00.00.H27",
            "UBND tỉnh Bắc Ninh (sandbox)", "vxp.sandbox.a", "sandbox-secret-A-KHONG-DUNG-THAT");
    public static final SandboxAgency AGENCY_B = new SandboxAgency("000.00.01.H27",
            "Sở Tư pháp tỉnh Bắc Ninh (sandbox)", "vxp.sandbox.b", "sandbox-secret-B-KHONG-DUNG-THAT");
    public static final SandboxAgency AGENCY_C = new SandboxAgency("000.00.02.H27",
            "Sở Y tế tỉnh Bắc Ninh (sandbox)", "vxp.sandbox.c", "sandbox-secret-C-KHONG-DUNG-THAT");

    private final WireMockServer server;
    private final AxisTransformer axis = new AxisTransformer();
    private final SandboxPki pki = new SandboxPki();

    private EgovSandbox(int port) {
        server = new WireMockServer(options().port(port).bindAddress("127.0.0.1").extensions(axis,
                new TsaTransformer(pki)));
        List.of(AGENCY_A, AGENCY_B, AGENCY_C).forEach(axis::register);
    }

    /** Starts on a free port. */
    public static EgovSandbox start() {
        return start(0);
    }

    /** Starts on {@code port} (0 = any free port). */
    public static EgovSandbox start(int port) {
        EgovSandbox s = new EgovSandbox(port);
        s.server.start();
        s.stubs();
        return s;
    }

    private void stubs() {
        server.stubFor(any(urlPathMatching("/vxp/.*")).willReturn(aResponse().withTransformers(AxisTransformer.NAME)));
        server.stubFor(post(urlEqualTo("/tsa")).willReturn(aResponse().withTransformers(TsaTransformer.NAME)));
        server.stubFor(get(urlEqualTo("/__health")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\"}")));
    }

    /** Forgets every message and request (agencies and keys stay). */
    public void reset() {
        axis.reset();
        server.resetRequests();
    }

    public URI baseUri() {
        return URI.create(server.baseUrl() + "/");
    }

    public int port() {
        return server.port();
    }

    public URI axisEndpoint() {
        return baseUri().resolve("vxp/");
    }

    public URI tsaEndpoint() {
        return baseUri().resolve("tsa");
    }

    /** A ready axis client for one sandbox agency's node. */
    public VxpClient axisClient(SandboxAgency agency) {
        return VxpClient.builder().endpoint(axisEndpoint())
                .credentials(new VxpHmacSigner(agency.systemId(), agency.secret())).build();
    }

    public TsaClient tsaClient() {
        return TsaClient.builder().endpoint(tsaEndpoint()).build();
    }

    /** The sandbox root CA: trust it to see sandbox signatures verify TOTAL_PASSED. */
    public X509Certificate rootCa() {
        return pki.root;
    }

    /** A fresh signing key and certificate issued by the sandbox CA for {@code subjectDn}. */
    public SigningKey signingKey(String subjectDn) {
        SandboxPki.Issued issued = pki.person(subjectDn);
        return SigningKeys.of(issued.key(), List.of(issued.certificate(), issued.issuer()));
    }

    @Override
    public void close() {
        server.stop();
    }
}
