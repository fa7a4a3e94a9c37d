package io.github.egovsdk.signature.remote;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.OAuth2Client;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.json.EgovJson;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;

/**
 * Cloud Signature Consortium API v1 (Viettel MySign on Ascertia ADSS "RAS"): {@code login} (bearer token),
 * {@code credentials/list}, {@code credentials/info}, {@code credentials/authorize} (the SAD, issued once the user
 * approves in the MySign app) and {@code signatures/signHash}. The token and SAD are never logged. Thread-safe.
 */
public final class CscRemoteSigner implements RemoteSigner, AutoCloseable {
    private final HttpPipeline pipeline;
    private final Map<String, Object> login;
    private final Map<String, byte[]> done = new ConcurrentHashMap<>();
    private volatile String token;

    private CscRemoteSigner(ClientConfig config, Map<String, Object> login) {
        this.pipeline = HttpPipeline.create(config);
        this.login = Map.copyOf(login);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<RemoteCredential> listCredentials(String userId) {
        JsonNode ids = call("csc/v1/credentials/list", Map.of("userID", userId)).path("credentialIDs");
        List<RemoteCredential> out = new ArrayList<>();
        for (JsonNode id : ids) {
            JsonNode info = call("csc/v1/credentials/info", Map.of("credentialID", id.asString(), "certificates",
                    "chain"));
            List<X509Certificate> chain = new ArrayList<>();
            for (JsonNode c : info.path("cert").path("certificates")) {
                chain.add(certificate(c.asString()));
            }
            out.add(new RemoteCredential(id.asString(), info.path("cert").path("serialNumber").asString(""), chain));
        }
        return out;
    }

    @Override
    public PendingSignature requestSignature(String userId, RemoteCredential credential, byte[] digest,
            String description) {
        String hash = Base64.getEncoder().encodeToString(digest);
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("credentialID", credential.id());
        auth.put("numSignatures", 1);
        auth.put("hash", List.of(hash));
        auth.put("description", description);
        String sad = call("csc/v1/credentials/authorize", auth).path("SAD").asString("");
        if (sad.isEmpty()) {
            throw new RemoteSigningException("The user did not authorize the signature");
        }
        Map<String, Object> sign = new LinkedHashMap<>();
        sign.put("credentialID", credential.id());
        sign.put("SAD", sad);
        sign.put("hash", List.of(hash));
        sign.put("hashAlgo", "2.16.840.1.101.3.4.2.1");
        sign.put("signAlgo", "1.2.840.113549.1.1.11");
        JsonNode sigs = call("csc/v1/signatures/signHash", sign).path("signatures");
        String tx = "csc-" + java.util.UUID.randomUUID();
        done.put(tx, Base64.getDecoder().decode(sigs.get(0).asString()));
        return new PendingSignature(tx, credential);
    }

    @Override
    public Optional<byte[]> poll(PendingSignature pending) {
        return Optional.ofNullable(done.remove(pending.transactionId()));
    }

    private JsonNode call(String path, Map<String, Object> body) {
        if (token == null) {
            synchronized (this) {
                if (token == null) {
                    token = post("login", login, null).path("access_token").asString(null);
                    if (token == null) {
                        throw new EgovServiceException(401, "login", "The CSC service returned no access token",
                                null, null);
                    }
                }
            }
        }
        return post(path, body, token);
    }

    private JsonNode post(String path, Map<String, Object> body, String bearer) {
        HttpRequest.Builder b = HttpRequest.builder(HttpMethod.POST, pipeline.config().endpoint().resolve(path))
                .body(RequestBody.ofBytes(EgovJson.write(body), "application/json"));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try (HttpResponse r = pipeline.send(b.build())) {
            JsonNode json = EgovJson.tryParse(r.bodyAsString(4 << 20));
            if (json == null) {
                throw new EgovServiceException(r.statusCode(), null, "Unreadable CSC response", null, null);
            }
            return json;
        }
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new EgovServiceException(200, "CERT", "The CSC service returned an unreadable certificate", null,
                    null);
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    @Override
    public String toString() {
        return "CscRemoteSigner[" + pipeline.config().endpoint() + ", credentials=****]";
    }

    /** Builder: {@code endpoint} = the RAS base, e.g. {@code https://remotesigning.viettel.vn/adss/service/ras/v1/}. */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private final Map<String, Object> login = new LinkedHashMap<>();

        private Builder() {
        }

        /** The signing service's OAuth 2.0 client: {@code Credentials.oauth2Client(clientId, clientSecret)}. */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(OAuth2Client.class);
        }

        /** The signer's account at the service ({@code user_id}, {@code profile_id}), with {@code credentials}. */
        public Builder account(String userId, String profileId) {
            login.put("user_id", Objects.requireNonNull(userId));
            login.put("profile_id", Objects.requireNonNull(profileId));
            return this;
        }

        /** Shortcut for {@code credentials(Credentials.oauth2Client(clientId, clientSecret))} and {@link #account}. */
        public Builder client(String clientId, String clientSecret, String userId, String profileId) {
            login.put("client_id", Objects.requireNonNull(clientId));
            login.put("client_secret", Objects.requireNonNull(clientSecret));
            login.put("user_id", Objects.requireNonNull(userId));
            login.put("profile_id", Objects.requireNonNull(profileId));
            return this;
        }

        public CscRemoteSigner build() {
            credentials(OAuth2Client.class).ifPresent(c -> {
                login.put("client_id", c.clientId());
                login.put("client_secret", c.clientSecret());
            });
            ClientConfig c = clientConfig();
            if (!c.endpoint().toString().endsWith("/")) {
                c = c.toBuilder().endpoint(c.endpoint() + "/").build();
            }
            return new CscRemoteSigner(c, login);
        }
    }
}
