package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.testkit.internal.console.ConsoleMask;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sandbox identity providers (identity-and-public-service-portal.md §5, §6): the portal SSO ({@code /sso/...},
 * OIDC with a signed {@code id_token} and JWKS, Vietnamese claim names) and VNeID ({@code /vneid/...}, userinfo only,
 * {@code citizenPid}/{@code accountLevel} claims, form-encoded token call). Sandbox login: the authorize request
 * names the citizen with {@code login_hint} (their 12-digit number) — no password page.
 */
public final class OidcTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-oidc";
    public static final String SSO_CLIENT_ID = "sandbox-dvc-client";
    public static final String SSO_CLIENT_SECRET = "sandbox-sso-secret-KHONG-DUNG-THAT";
    public static final String VNEID_CLIENT_ID = "sandbox-vneid-client";
    public static final String VNEID_CLIENT_SECRET = "sandbox-vneid-secret-KHONG-DUNG-THAT";
    private static final String KID = "sandbox-sso-1";
    private final ServiceState state;
    private final Supplier<String> baseUrl;
    private final KeyPair keys;

    public OidcTransformer(ServiceState state, Supplier<String> baseUrl) {
        this.state = state;
        this.baseUrl = baseUrl;
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            keys = g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = Forms.path(request.getUrl());
        String flavor = path.startsWith("/sso/") ? "sso" : "vneid";
        if (path.endsWith("/.well-known/openid-configuration")) {
            return discovery();
        }
        if (path.endsWith("/jwks")) {
            return jwks();
        }
        if (path.endsWith("/authorize") || path.endsWith("/auth")) {
            return authorize(Forms.query(request.getUrl()), flavor);
        }
        if (path.endsWith("/token")) {
            return token(request, flavor);
        }
        if (path.endsWith("/userinfo")) {
            String auth = request.getHeader("Authorization");
            Optional<ServiceState.Grant> g = auth != null && auth.startsWith("Bearer ")
                    ? state.token(auth.substring(7).strip())
                    : Optional.empty();
            if (g.isEmpty() || !g.get().flavor().equals(flavor)) {
                return error(401, "invalid_token", "The access token is unknown or expired");
            }
            return Responses.json(200, claims(g.get().citizen(), flavor));
        }
        return error(404, "not_found", "Unknown identity endpoint " + path);
    }

    private ResponseDefinition authorize(Map<String, String> q, String flavor) {
        String clientId = q.get("client_id");
        String redirect = q.get("redirect_uri");
        if (!"code".equals(q.get("response_type"))
                || redirect == null
                || !expectedClient(flavor).equals(clientId)) {
            return error(400, "invalid_request", "response_type=code, a known client_id and redirect_uri are required");
        }
        Optional<SandboxCitizen> citizen = SandboxCitizen.ALL.stream()
                .filter(c -> c.personalId().equals(q.get("login_hint")))
                .findFirst();
        if (citizen.isEmpty()) {
            return error(400, "login_required", "Sandbox login: pass login_hint = a sandbox citizen's personal ID");
        }
        if (q.get("code_challenge") != null && !"S256".equals(q.get("code_challenge_method"))) {
            return error(400, "invalid_request", "Only code_challenge_method=S256 is supported");
        }
        String code = state.newCode(new ServiceState.Grant(
                citizen.get(), clientId, redirect, flavor, q.get("nonce"), q.get("code_challenge")));
        state.journal()
                .record(
                        "identity",
                        "login",
                        "provider",
                        flavor,
                        "step",
                        "authorize — đăng nhập",
                        "citizen",
                        ConsoleMask.id(citizen.get().personalId()),
                        "name",
                        ConsoleMask.name(citizen.get().fullName()),
                        "client",
                        clientId,
                        "pkce",
                        q.get("code_challenge") == null ? "no" : "S256");
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + enc(code)
                + (q.get("state") == null ? "" : "&state=" + enc(q.get("state")));
        return new ResponseDefinitionBuilder()
                .withStatus(302)
                .withHeader("Location", location)
                .build();
    }

    private ResponseDefinition token(Request request, String flavor) {
        Map<String, String> form = Forms.parse(request.getBodyAsString());
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        String basic = request.getHeader("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] cs = new String(
                            Base64.getDecoder().decode(basic.substring(6).strip()), StandardCharsets.UTF_8)
                    .split(":", 2);
            clientId = cs[0];
            secret = cs.length > 1 ? cs[1] : null;
        }
        String expectedSecret = "sso".equals(flavor) ? SSO_CLIENT_SECRET : VNEID_CLIENT_SECRET;
        if (!expectedClient(flavor).equals(clientId)
                || secret == null
                || !MessageDigest.isEqual(
                        expectedSecret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            return error(401, "invalid_client", "Client authentication failed");
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            return error(400, "unsupported_grant_type", "Only authorization_code");
        }
        Optional<ServiceState.Grant> g = state.takeCode(form.get("code"));
        if (g.isEmpty()
                || !g.get().flavor().equals(flavor)
                || !g.get().redirectUri().equals(form.get("redirect_uri"))) {
            return error(400, "invalid_grant", "The code is unknown, used, or issued for another redirect_uri");
        }
        if (g.get().codeChallenge() != null && !g.get().codeChallenge().equals(s256(form.get("code_verifier")))) {
            return error(400, "invalid_grant", "PKCE verification failed (code_verifier)");
        }
        state.journal()
                .record(
                        "identity",
                        "login",
                        "provider",
                        flavor,
                        "step",
                        "token — cấp token",
                        "citizen",
                        ConsoleMask.id(g.get().citizen().personalId()),
                        "name",
                        ConsoleMask.name(g.get().citizen().fullName()),
                        "client",
                        clientId,
                        "pkce",
                        g.get().codeChallenge() == null ? "no" : "S256 ✓");
        ObjectNode t = Responses.object();
        t.put("access_token", state.newToken(g.get()));
        t.put("token_type", "Bearer");
        t.put("expires_in", 3600);
        t.put("scope", "openid");
        if ("sso".equals(flavor)) {
            t.put("id_token", idToken(g.get()));
        }
        return Responses.json(200, t);
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String expectedClient(String flavor) {
        return "sso".equals(flavor) ? SSO_CLIENT_ID : VNEID_CLIENT_ID;
    }

    private ObjectNode claims(SandboxCitizen c, String flavor) {
        ObjectNode o = Responses.object();
        if ("sso".equals(flavor)) {
            o.put("sub", c.techId());
            o.put("LoaiTaiKhoan", "1");
            o.put("SoDinhDanh", c.personalId());
            o.put("HoVaTen", c.fullName());
            o.put("GioiTinh", c.gender());
            o.put("NgayThangNamSinh", c.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            o.put("ThuongTru", c.address());
            o.put("TechID", c.techId());
            o.putArray("loAs").add("LoA2");
        } else {
            o.put("citizenPid", c.personalId());
            o.put("fullName", c.fullName());
            o.put("birthDate", c.dateOfBirth().toString());
            o.put("accountType", 1);
            o.put("accountLevel", 2);
        }
        return o;
    }

    private String idToken(ServiceState.Grant g) {
        long now = System.currentTimeMillis() / 1000;
        ObjectNode h = Responses.object();
        h.put("alg", "RS256");
        h.put("kid", KID);
        h.put("typ", "JWT");
        ObjectNode p = Responses.object();
        p.put("iss", baseUrl.get() + "/sso");
        p.put("sub", g.citizen().techId());
        p.put("aud", g.clientId());
        p.put("iat", now);
        p.put("exp", now + 3600);
        p.put("acr", "LoA2");
        if (g.nonce() != null) {
            p.put("nonce", g.nonce());
        }
        String signingInput = b64(Responses.bytes(h)) + "." + b64(Responses.bytes(p));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseDefinition jwks() {
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        ObjectNode o = Responses.object();
        ObjectNode k = o.putArray("keys").addObject();
        k.put("kty", "RSA");
        k.put("kid", KID);
        k.put("use", "sig");
        k.put("alg", "RS256");
        k.put("n", b64(unsigned(pub.getModulus().toByteArray())));
        k.put("e", b64(unsigned(pub.getPublicExponent().toByteArray())));
        return Responses.json(200, o);
    }

    private ResponseDefinition discovery() {
        ObjectNode o = Responses.object();
        String iss = baseUrl.get() + "/sso";
        o.put("issuer", iss);
        o.put("authorization_endpoint", iss + "/oauth2/authorize");
        o.put("token_endpoint", iss + "/oauth2/token");
        o.put("userinfo_endpoint", iss + "/oauth2/userinfo");
        o.put("jwks_uri", iss + "/oauth2/jwks");
        o.putArray("response_types_supported").add("code");
        o.putArray("id_token_signing_alg_values_supported").add("RS256");
        o.putArray("subject_types_supported").add("public");
        return Responses.json(200, o);
    }

    private static byte[] unsigned(byte[] b) {
        return b.length > 1 && b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static ResponseDefinition error(int status, String code, String description) {
        ObjectNode o = Responses.object();
        o.put("error", code);
        o.put("error_description", description);
        return Responses.json(status, o);
    }
}
