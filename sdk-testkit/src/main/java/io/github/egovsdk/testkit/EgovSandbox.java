package io.github.egovsdk.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.core.gateway.GatewayStyle;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.testkit.internal.AxisState;
import io.github.egovsdk.testkit.internal.AxisTransformer;
import io.github.egovsdk.testkit.internal.CivilState;
import io.github.egovsdk.testkit.internal.ConsoleViews;
import io.github.egovsdk.testkit.internal.CriminalRecordTransformer;
import io.github.egovsdk.testkit.internal.EgwTransformer;
import io.github.egovsdk.testkit.internal.FaultingAxisTransformer;
import io.github.egovsdk.testkit.internal.GatewayTraffic;
import io.github.egovsdk.testkit.internal.InterconnectTransformer;
import io.github.egovsdk.testkit.internal.JusticeTransformer;
import io.github.egovsdk.testkit.internal.LgspTransformer;
import io.github.egovsdk.testkit.internal.OcspTransformer;
import io.github.egovsdk.testkit.internal.OidcTransformer;
import io.github.egovsdk.testkit.internal.PaymentTransformer;
import io.github.egovsdk.testkit.internal.PkiTransformer;
import io.github.egovsdk.testkit.internal.PopulationSoapResponder;
import io.github.egovsdk.testkit.internal.PopulationTransformer;
import io.github.egovsdk.testkit.internal.PortalTransformer;
import io.github.egovsdk.testkit.internal.ResetTransformer;
import io.github.egovsdk.testkit.internal.ResultsStoreTransformer;
import io.github.egovsdk.testkit.internal.ServiceState;
import io.github.egovsdk.testkit.internal.SmartCaTransformer;
import io.github.egovsdk.testkit.internal.TsaTransformer;
import io.github.egovsdk.testkit.internal.console.ConsoleTransformer;
import io.github.egovsdk.testkit.internal.console.RefusalListener;
import io.github.egovsdk.testkit.internal.console.SandboxConsole;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded sandbox (môi trường thử nghiệm): one HTTP server on one port that simulates the government services
 * in the wire shapes the real services use (from their public integrations), each under its own path prefix — the
 * VXP document axis ({@code /vxp/}), the
 * national portal adapter ({@code /dvcqg/}), the payment platform ({@code /payment/}), the portal SSO
 * ({@code /sso/}, OIDC with JWKS), VNeID ({@code /vneid/}), the population database ({@code /csdldc/}), an
 * RFC 3161 TSA ({@code /tsa}), an OCSP responder ({@code /ocsp}) and the CRLs and CA certificates ({@code /pki/})
 * of the sandbox PKI, an LGSP with every auth style ({@code /lgsp/}, population-DB SOAP also at
 * {@code /csdldc/ws/}) and the Social Security gateway ({@code /egw/}) — plus {@code GET /__health} and
 * {@code POST /__reset}, and the console at {@code /__console} ({@link #consoleUri()}). State lives in memory;
 * {@link #reset()} empties it. Every name, key and secret is synthetic and only valid here.
 *
 * <pre>{@code
 * try (EgovSandbox sandbox = EgovSandbox.start()) {
 *     VxpClient axis = sandbox.axisClient(sandbox.agencyA());
 *     ...
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class EgovSandbox implements AutoCloseable {
    /** Agency A: the sender of the demo (UBND tỉnh — H27 is Bắc Ninh in QCVN 102; sandbox names and secrets). */
    public static final SandboxAgency AGENCY_A = new SandboxAgency(
            "000.00.00.H27", "UBND tỉnh Bắc Ninh (sandbox)", "sandbox.node.01", "sandbox-secret-01-KHONG-DUNG-THAT");
    /** Agency B: a department of the same province on another node. */
    public static final SandboxAgency AGENCY_B = new SandboxAgency(
            "000.00.12.H27",
            "Sở Tư pháp tỉnh Bắc Ninh (sandbox)",
            "sandbox.node.02",
            "sandbox-secret-02-KHONG-DUNG-THAT");
    /** Agency C: another department. */
    public static final SandboxAgency AGENCY_C = new SandboxAgency(
            "000.00.15.H27",
            "Sở Nội vụ tỉnh Bắc Ninh (sandbox)",
            "sandbox.node.03",
            "sandbox-secret-03-KHONG-DUNG-THAT");

    /** Portal adapter login ({@code username}). */
    public static final String PORTAL_USERNAME = PortalTransformer.USERNAME;
    /** Portal adapter login ({@code password}). */
    public static final String PORTAL_PASSWORD = PortalTransformer.PASSWORD;
    /** Payment platform partner code ({@code MaDoiTac}). */
    public static final String PAYMENT_PARTNER = PaymentTransformer.PARTNER;
    /** Payment platform shared secret (for {@code MaXacThuc}). */
    public static final String PAYMENT_SECRET = PaymentTransformer.SECRET;
    /** Portal SSO client. */
    public static final String SSO_CLIENT_ID = OidcTransformer.SSO_CLIENT_ID;
    /** Portal SSO client secret. */
    public static final String SSO_CLIENT_SECRET = OidcTransformer.SSO_CLIENT_SECRET;
    /** VNeID client. */
    public static final String VNEID_CLIENT_ID = OidcTransformer.VNEID_CLIENT_ID;
    /** VNeID client secret. */
    public static final String VNEID_CLIENT_SECRET = OidcTransformer.VNEID_CLIENT_SECRET;
    /** The relying party's {@code sp_id} at the sandbox's VNPT SmartCA emulation ({@link #smartCaEndpoint()}). */
    public static final String SMARTCA_SP_ID = SmartCaTransformer.SP_ID;
    /** Its {@code sp_password}. */
    public static final String SMARTCA_SP_PASSWORD = SmartCaTransformer.SP_PASSWORD;

    private final WireMockServer server;
    private final AxisState axis;
    private final ServiceState services = new ServiceState();
    private final CivilState civil = new CivilState();
    private final AtomicReference<String> base = new AtomicReference<>();
    private final SandboxPki pki;
    private final SandboxConsole console = new SandboxConsole(services.journal(), this::reset);
    private final PopulationSoapResponder populationSoap = new PopulationSoapResponder();
    private final LgspTransformer lgsp = new LgspTransformer(populationSoap);
    private final SandboxSocialSecurity socialSecurity = new SandboxSocialSecurity();
    private final EgwTransformer egw = new EgwTransformer(socialSecurity);
    private FaultingAxisTransformer faultingAxis;

    private EgovSandbox(int requestedPort) {
        // The port is fixed before the PKI is made: its certificates carry the OCSP responder's URL.
        int port = requestedPort == 0 ? freePort() : requestedPort;
        this.pki = new SandboxPki(
                AGENCY_A.name(), "http://127.0.0.1:" + port + "/ocsp", "http://127.0.0.1:" + port + "/pki");
        this.axis = new AxisState(agencies());
        WireMockConfiguration config = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .extensions(
                        faultingAxis = new FaultingAxisTransformer(
                                new AxisTransformer(axis), new AtomicReference<>(AxisFaults.NONE)),
                        new PortalTransformer(services, civil),
                        new PaymentTransformer(services, base::get),
                        new OidcTransformer(services, base::get),
                        new PopulationTransformer(services.journal()),
                        new ResetTransformer(this::reset),
                        new InterconnectTransformer(civil),
                        new JusticeTransformer(civil),
                        new CriminalRecordTransformer(civil),
                        new ResultsStoreTransformer(civil),
                        new OcspTransformer(pki.issuingCa(), pki.issuerPrivateKey(), pki::revocation),
                        new TsaTransformer(
                                pki.tsaPrivateKey(),
                                pki.tsaCertificate(),
                                List.of(pki.tsaCertificate(), pki.issuingCa())),
                        new ConsoleTransformer(console),
                        new RefusalListener(services.journal()),
                        new PkiTransformer(pki::published),
                        lgsp,
                        egw,
                        new GatewayTraffic(services.journal()),
                        new SmartCaTransformer(
                                pki.officerPrivateKey(), pki.officerKey().certificate()))
                .disableRequestJournal()
                .containerThreads(16);
        config = config.port(port);
        server = new WireMockServer(config);
        server.start();
        base.set("http://127.0.0.1:" + server.port());
        server.stubFor(get(urlEqualTo("/__health"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"UP\"}")));
        server.stubFor(post(urlEqualTo("/__reset")).willReturn(aResponse().withTransformers(ResetTransformer.NAME)));
        server.stubFor(any(urlPathMatching("/vxp/.*")).willReturn(aResponse().withTransformers(AxisTransformer.NAME)));
        server.stubFor(post(urlPathMatching("/dvcqg/(login|api|__expire-sessions)"))
                .willReturn(aResponse().withTransformers(PortalTransformer.NAME)));
        server.stubFor(
                any(urlPathMatching("/payment/.*")).willReturn(aResponse().withTransformers(PaymentTransformer.NAME)));
        server.stubFor(
                any(urlPathMatching("/(sso|vneid)/.*")).willReturn(aResponse().withTransformers(OidcTransformer.NAME)));
        server.stubFor(post(urlPathMatching("/csdldc/.*"))
                .willReturn(aResponse().withTransformers(PopulationTransformer.NAME)));
        server.stubFor(
                any(urlPathMatching("/ocsp(/.*)?")).willReturn(aResponse().withTransformers(OcspTransformer.NAME)));
        server.stubFor(post(urlEqualTo("/tsa")).willReturn(aResponse().withTransformers(TsaTransformer.NAME)));
        server.stubFor(
                post(urlPathMatching("/smartca/.*")).willReturn(aResponse().withTransformers(SmartCaTransformer.NAME)));
        ConsoleViews.registerStandard(console, axis, services, base::get);
        ConsoleViews.registerServices(console, civil, socialSecurity);
        server.stubFor(any(urlPathMatching("/__console(/.*)?"))
                .willReturn(aResponse().withTransformers(ConsoleTransformer.NAME)));
        server.stubFor(get(urlPathMatching("/pki/[a-z]+\\.(crl|cer)"))
                .willReturn(aResponse().withTransformers(PkiTransformer.NAME)));
        server.stubFor(
                post(urlPathMatching("/lgsp/.*")).willReturn(aResponse().withTransformers(LgspTransformer.NAME)));
        server.stubFor(post(urlEqualTo("/csdldc/ws/")).willReturn(aResponse().withTransformers(LgspTransformer.NAME)));
        server.stubFor(post(urlPathMatching("/egw/.*")).willReturn(aResponse().withTransformers(EgwTransformer.NAME)));
        server.stubFor(any(urlPathMatching("/dvclt/.*"))
                .willReturn(aResponse().withTransformers(InterconnectTransformer.NAME)));
        server.stubFor(
                post(urlPathMatching("/btp/.*")).willReturn(aResponse().withTransformers(JusticeTransformer.NAME)));
        server.stubFor(post(urlPathMatching("/lltp/.*"))
                .willReturn(aResponse().withTransformers(CriminalRecordTransformer.NAME)));
        server.stubFor(post(urlPathMatching("/khoso/.*"))
                .willReturn(aResponse().withTransformers(ResultsStoreTransformer.NAME)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port for the sandbox", e);
        }
    }

    /** Starts a sandbox on a free loopback port. */
    public static EgovSandbox start() {
        return new EgovSandbox(0);
    }

    /** Starts a sandbox on the given loopback port (0 = any free port). */
    public static EgovSandbox start(int port) {
        return new EgovSandbox(port);
    }

    /** {@code http://127.0.0.1:PORT/} (with a trailing slash). */
    public URI baseUri() {
        return URI.create(baseUrl() + "/");
    }

    /** {@code http://127.0.0.1:PORT} (no trailing slash). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    /** The VXP axis endpoint ({@code .../vxp/}); every method is {@code POST {endpoint}{method}}. */
    public URI axisEndpoint() {
        return URI.create(baseUrl() + "/vxp/");
    }

    /** The national portal adapter: {@code POST {endpoint}login}, then {@code POST {endpoint}api}. */
    public URI portalEndpoint() {
        return URI.create(baseUrl() + "/dvcqg/");
    }

    /** The payment platform: {@code init}, {@code query}, and the payer's page {@code pay/{MaThamChieu}}. */
    public URI paymentEndpoint() {
        return URI.create(baseUrl() + "/payment/");
    }

    /** The portal SSO issuer (OIDC discovery at {@code /.well-known/openid-configuration}). */
    public URI ssoIssuer() {
        return URI.create(baseUrl() + "/sso");
    }

    /** VNeID: {@code auth}, {@code token}, {@code userinfo} under this base. */
    public URI vneidEndpoint() {
        return URI.create(baseUrl() + "/vneid/");
    }

    /** The population database adapter: {@code ChiaSeThongTinCongDan}, {@code XacThucThongTinCongDan}. */
    public URI populationEndpoint() {
        return URI.create(baseUrl() + "/csdldc/");
    }

    /** The sandbox LGSP, one prefix per auth style ({@link SandboxGateways}); {@code .../lgsp/}. */
    public URI lgspEndpoint() {
        return URI.create(baseUrl() + "/lgsp/");
    }

    /** A ready gateway of the sandbox LGSP for one auth style, JSON-wrapped or raw SOAP replies. */
    public Gateway lgspGateway(GatewayStyle style, boolean jsonWrapped) {
        return SandboxGateways.gateway(lgspEndpoint(), style, jsonWrapped);
    }

    /** The population database's own SOAP endpoint (no gateway): {@code POST .../csdldc/ws/}. */
    public URI populationSoapEndpoint() {
        return URI.create(baseUrl() + "/csdldc/ws/");
    }

    /** The Social Security gateway (egw): {@code api/token/take}, {@code api/egw/KQNhanLichSuKCB2024}, … below it. */
    public URI socialSecurityEndpoint() {
        return URI.create(baseUrl() + "/egw/");
    }

    /** The Social Security gateway's accounts, patients and switches (IP allow-list, sessions). */
    public SandboxSocialSecurity socialSecurity() {
        return socialSecurity;
    }

    /** Where the payment platform POSTs its callbacks (the one-stop system's URL); null = nowhere. */
    public void paymentCallback(URI url) {
        services.paymentCallback(url);
    }

    /**
     * Ends every portal adapter session now: the next call with an old session answers HTTP 401 / {@code error_code}
     * 401, as the portal does when a session expires (also {@code POST /dvcqg/__expire-sessions}).
     */
    public void expirePortalSessions() {
        services.expireSessions();
    }

    /** How long portal sessions live (default 30 minutes, restored by {@link #reset()}); zero ends each at once. */
    public void portalSessionLifetime(Duration lifetime) {
        services.portalSessionTtl(lifetime);
    }

    /** Successful portal logins since start or the last {@link #reset()} — to see a client log in again. */
    public int portalLogins() {
        return services.portalLogins();
    }

    /** The synthetic citizens known to VNeID, the SSO and the population database. */
    public List<SandboxCitizen> citizens() {
        return SandboxCitizen.ALL;
    }

    /** The OCSP responder of the sandbox PKI (also in every sandbox certificate's AIA extension). */
    public URI ocspEndpoint() {
        return URI.create(baseUrl() + "/ocsp");
    }

    /**
     * The VNPT SmartCA ("sp769") emulation: the officer's certificate, batch signing of hashes, approval on the first
     * status poll (relying party {@link #SMARTCA_SP_ID} / {@link #SMARTCA_SP_PASSWORD}, any user id).
     */
    public URI smartCaEndpoint() {
        return URI.create(baseUrl() + "/smartca/");
    }

    /** The RFC 3161 TSA's URL. */
    public URI tsaEndpoint() {
        return URI.create(baseUrl() + "/tsa");
    }

    /**
     * The sandbox console, a web page that shows live what every service received and refused (and why), and drives
     * flows as the real counterparts would: answer a document with a status, pay a payment, expire sessions, reset.
     * Each button is also an HTTP endpoint ({@code POST /__console/api/...}); see docs/sandbox.md.
     */
    public URI consoleUri() {
        return URI.create(baseUrl() + "/__console");
    }

    /** {@code GET /__health} answers 200 while the sandbox runs. */
    public URI healthEndpoint() {
        return URI.create(baseUrl() + "/__health");
    }

    /** The three sandbox agencies, each on its own node with its own secret. */
    public List<SandboxAgency> agencies() {
        return List.of(AGENCY_A, AGENCY_B, AGENCY_C);
    }

    public SandboxAgency agencyA() {
        return AGENCY_A;
    }

    public SandboxAgency agencyB() {
        return AGENCY_B;
    }

    public SandboxAgency agencyC() {
        return AGENCY_C;
    }

    /** The interconnected civil-status services: DVCLT, the ministry's civil status and criminal record, results store.
     * */
    public SandboxCivil civil() {
        return new SandboxCivil(civil, this::baseUrl);
    }

    /** The PKI generated at start: trust {@link SandboxPki#root()} to verify sandbox signatures. */
    public SandboxPki pki() {
        return pki;
    }

    /** The sandbox root CA: trust it to see sandbox signatures verify TOTAL_PASSED. */
    public X509Certificate rootCa() {
        return pki.root();
    }

    /** A fresh signing key and certificate issued by the sandbox CA for {@code subjectDn}. */
    public SigningKey signingKey(String subjectDn) {
        return pki.issue(subjectDn);
    }

    /** A ready client of the sandbox TSA (close it when done). */
    public TsaClient tsaClient() {
        return TsaClient.builder().endpoint(tsaEndpoint()).build();
    }

    /** A ready {@link VxpClient} for an agency's node (close it when done). */
    public VxpClient axisClient(SandboxAgency agency) {
        return VxpClient.builder()
                .endpoint(axisEndpoint())
                .credentials(new VxpHmacSigner(agency.systemId(), agency.secret()))
                .build();
    }

    /** Injects faults into the axis' requests (and observes them) until replaced; {@link AxisFaults#NONE} ends it. */
    public void axisFaults(AxisFaults faults) {
        faultingAxis.install(Objects.requireNonNull(faults));
    }

    /** Forgets every message, dossier, payment, session and registration made since start (the PKI and the agencies
     * stay). */
    public void reset() {
        axis.reset();
        services.reset();
        lgsp.reset();
        populationSoap.reset();
        egw.reset();
        socialSecurity.reset();
        civil.reset();
    }

    @Override
    public void close() {
        server.stop();
    }
}
