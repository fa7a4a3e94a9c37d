package io.github.egovsdk.testkit;

import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.core.gateway.GatewayAuth;
import io.github.egovsdk.core.gateway.GatewayPaths;
import io.github.egovsdk.core.gateway.GatewayStyle;
import io.github.egovsdk.core.gateway.LgspKeys;
import java.net.URI;

/**
 * The sandbox LGSP's credentials (synthetic, valid only here) and ready {@link Gateway}s for each auth style. The
 * sandbox LGSP lives under {@code /lgsp/{style}/}: style letters {@code a}, {@code a2} (A′ with {@code AuthHash}),
 * {@code b}, {@code c}, {@code d}, {@code e}, {@code g}; data calls at {@code {style}/soap/{Operation}} answer raw
 * SOAP, at {@code {style}/json/{Operation}} the JSON-wrapped {@code {error_code, message:"<soap…>"}}.
 */
public final class SandboxGateways {
    /** Style A / C keys ({@code lgspaccesstoken} or HCM {@code Authorization}). */
    public static final LgspKeys LGSP_KEYS = new LgspKeys(
            "sandbox-access-key", "sandbox-secret-key-KHONG-DUNG-THAT", "EGovSandbox", "000.00.00.H27", "");
    /** Style A′ officer key pair ({@code AuthHash}). */
    public static final String OFFICER_KEY_NAME = "canbo.sandbox";

    public static final String OFFICER_KEY_PASS = "canbo-pass-KHONG-DUNG-THAT";
    /** Style B client. */
    public static final String CLIENT_ID = "sandbox-lgsp-client";

    public static final String CLIENT_SECRET = "sandbox-lgsp-secret-KHONG-DUNG-THAT";
    /** Style D account. */
    public static final String AUTH_USER = "sandbox-dongthap";

    public static final String AUTH_PASSWORD = "sandbox-dongthap-pass";
    /** Style E (X-Road style) member. */
    public static final String XROAD_USER = "sandbox-ndxp";

    public static final String XROAD_SECRET = "sandbox-ndxp-secret-KHONG-DUNG-THAT";
    public static final String XROAD_CLIENT = "VN/GOV/000.00.00.H27/SANDBOX";
    public static final String XROAD_API_KEY = "sandbox-api-key";
    /** Style G static bearer token. */
    public static final String STATIC_TOKEN = "sandbox-static-token-KHONG-DUNG-THAT";
    /** Integration code ({@code MaTichHop}) and service code ({@code MaDVC}) the sandbox expects. */
    public static final String INTEGRATION_CODE = "037";

    public static final String SERVICE_CODE = "VPCP";

    private SandboxGateways() {}

    /**
     * A gateway for {@code style} on the sandbox at {@code lgspBase} ({@link EgovSandbox#lgspEndpoint()}), replies
     * JSON-wrapped or raw SOAP. Style F is the sandbox's provincial JSON adapter and has no gateway here.
     */
    public static Gateway gateway(URI lgspBase, GatewayStyle style, boolean jsonWrapped) {
        String letter =
                switch (style) {
                    case A_LGSP_ACCESS_TOKEN -> "a";
                    case A_PRIME_LGSP_AUTH_HASH -> "a2";
                    case B_CLIENT_CREDENTIALS -> "b";
                    case C_BASE64_JSON_AUTHORIZATION -> "c";
                    case D_AUTH_HEADER_TOKEN -> "d";
                    case E_XROAD_HEADERS -> "e";
                    case G_BEARER -> "g";
                    case F_ADAPTER -> throw new IllegalArgumentException("style F is the JSON adapter (/csdldc/)");
                };
        URI base = lgspBase.resolve(letter + "/");
        RequestSigner auth =
                switch (style) {
                    case A_LGSP_ACCESS_TOKEN -> GatewayAuth.builder().lgspAccessToken(base.resolve("token"), LGSP_KEYS);
                    case A_PRIME_LGSP_AUTH_HASH ->
                        GatewayAuth.builder()
                                .lgspAccessToken(base.resolve("token"), LGSP_KEYS, OFFICER_KEY_NAME, OFFICER_KEY_PASS);
                    case B_CLIENT_CREDENTIALS ->
                        GatewayAuth.builder().clientCredentials(base.resolve("token"), CLIENT_ID, CLIENT_SECRET);
                    case C_BASE64_JSON_AUTHORIZATION -> GatewayAuth.base64JsonAuthorization(LGSP_KEYS);
                    case D_AUTH_HEADER_TOKEN ->
                        GatewayAuth.builder()
                                .authHeaderToken(base.resolve("api/v1/Authentication/Token"), AUTH_USER, AUTH_PASSWORD);
                    case E_XROAD_HEADERS ->
                        GatewayAuth.builder().xRoad(XROAD_USER, XROAD_SECRET, XROAD_CLIENT, XROAD_API_KEY);
                    default -> GatewayAuth.staticBearer(STATIC_TOKEN);
                };
        return Gateway.builder()
                .baseUri(base)
                .paths(GatewayPaths.template((jsonWrapped ? "json/" : "soap/") + "{service}"))
                .credentials(auth)
                .build();
    }
}
