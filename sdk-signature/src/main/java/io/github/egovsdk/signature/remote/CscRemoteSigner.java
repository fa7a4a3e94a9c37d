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
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Cloud Signature Consortium API v1 (Viettel MySign on Ascertia ADSS "RAS"): {@code login} (bearer token),
 * {@code credentials/list}, {@code credentials/info}, {@code credentials/authorize} (the SAD, issued once the user
 * approves in the MySign app) and {@code signatures/signHash}. The token and SAD are never logged. Thread-safe.
 *
 * <p>Batch ({@link #requestSignatures}): one {@code credentials/authorize} with {@code numSignatures} = N and the N
 * hashes (the user approves once; the call returns when they have), then one {@code signatures/signHash} with the
 * same hashes, whose {@code signatures} answer in request order; a document without a value in the answer fails alone.
 * Refusal and expiry are not uniformly coded by CSC v1 services: an error whose {@code error} or
 * {@code error_description} mentions denied / rejected / refused / cancelled is read as refused, one mentioning
 * expired / timeout as expired, a missing SAD as refused.
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
            JsonNode info =
                    call("csc/v1/credentials/info", Map.of("credentialID", id.asString(), "certificates", "chain"));
            List<X509Certificate> chain = new ArrayList<>();
            for (JsonNode c : info.path("cert").path("certificates")) {
                chain.add(certificate(c.asString()));
            }
            out.add(new RemoteCredential(
                    id.asString(), info.path("cert").path("serialNumber").asString(""), chain));
        }
        return out;
    }

    @Override
    public PendingSignature requestSignature(
            String userId, RemoteCredential credential, byte[] digest, String description) {
        List<byte[]> values = signHashes(credential, List.of(digest), description);
        String tx = "csc-" + UUID.randomUUID();
        if (values.isEmpty() || values.get(0) == null) {
            throw new RemoteSigningException(
                    RemoteSigningException.Reason.MISSING,
                    "The CSC service returned no" + " signature / Dịch vụ không trả về chữ ký");
        }
        done.put(tx, values.get(0));
        return new PendingSignature(tx, credential);
    }

    @Override
    public Optional<byte[]> poll(PendingSignature pending) {
        return Optional.ofNullable(done.remove(pending.transactionId()));
    }

    /** One authorisation for all the hashes (one confirmation), then one signHash. */
    @Override
    public PendingBatch requestSignatures(
            String userId, RemoteCredential credential, List<DigestToSign> digests, String description) {
        if (digests.isEmpty()) {
            throw new IllegalArgumentException("no digests to sign");
        }
        List<byte[]> values = signHashes(
                credential, digests.stream().map(DigestToSign::digest).toList(), description);
        PendingBatch batch = new PendingBatch(
                "csc-" + UUID.randomUUID(),
                credential,
                digests.stream().map(DigestToSign::documentId).toList(),
                List.of());
        for (int i = 0; i < values.size() && i < digests.size(); i++) {
            if (values.get(i) != null) {
                batch.received().put(i, values.get(i));
            }
        }
        return batch;
    }

    @Override
    public Optional<BatchSignatures> pollBatch(PendingBatch pending) {
        List<byte[]> values = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < pending.documentIds().size(); i++) {
            byte[] v = pending.received().get(i);
            values.add(v);
            errors.add(
                    v != null
                            ? null
                            : "The CSC service returned no signature for document "
                                    + pending.documentIds().get(i));
        }
        return Optional.of(BatchSignatures.of(values, errors));
    }

    private List<byte[]> signHashes(RemoteCredential credential, List<byte[]> digests, String description) {
        List<String> hashes =
                digests.stream().map(d -> Base64.getEncoder().encodeToString(d)).toList();
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("credentialID", credential.id());
        auth.put("numSignatures", hashes.size());
        auth.put("hash", hashes);
        auth.put("description", description);
        String sad = refusals(() -> call("csc/v1/credentials/authorize", auth))
                .path("SAD")
                .asString("");
        if (sad.isEmpty()) {
            throw new RemoteSigningException(
                    RemoteSigningException.Reason.REJECTED,
                    "The user did not authorize the" + " signature / Người dùng không xác nhận ký");
        }
        Map<String, Object> sign = new LinkedHashMap<>();
        sign.put("credentialID", credential.id());
        sign.put("SAD", sad);
        sign.put("hash", hashes);
        sign.put("hashAlgo", "2.16.840.1.101.3.4.2.1");
        sign.put("signAlgo", "1.2.840.113549.1.1.11");
        JsonNode sigs = refusals(() -> call("csc/v1/signatures/signHash", sign)).path("signatures");
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            String v = i < sigs.size() ? sigs.get(i).asString("") : "";
            out.add(v.isEmpty() ? null : decode(v));
        }
        return out;
    }

    /** Maps a CSC error meaning "refused" or "expired" to a {@link RemoteSigningException}. */
    private static JsonNode refusals(Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (EgovServiceException e) {
            String text = (e.serviceErrorCode().orElse("") + " "
                            + e.serviceMessage().orElse("") + " "
                            + e.bodyExcerpt().orElse(""))
                    .toLowerCase(Locale.ROOT);
            if (text.matches("(?s).*(denied|reject|refus|cancel).*")) {
                throw new RemoteSigningException(
                        RemoteSigningException.Reason.REJECTED,
                        "The user refused the" + " signature / Người dùng từ chối ký");
            }
            if (text.matches("(?s).*(expired|timeout|timed out).*")) {
                throw new RemoteSigningException(
                        RemoteSigningException.Reason.EXPIRED,
                        "The signing request" + " expired / Yêu cầu ký đã hết hạn");
            }
            throw e;
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private JsonNode call(String path, Map<String, Object> body) {
        if (token == null) {
            synchronized (this) {
                if (token == null) {
                    token = post("login", login, null).path("access_token").asString(null);
                    if (token == null) {
                        throw new EgovServiceException(
                                401, "login", "The CSC service returned no access token", null, null);
                    }
                }
            }
        }
        return post(path, body, token);
    }

    private JsonNode post(String path, Map<String, Object> body, String bearer) {
        HttpRequest.Builder b = HttpRequest.builder(
                        HttpMethod.POST, pipeline.config().endpoint().resolve(path))
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
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new EgovServiceException(
                    200, "CERT", "The CSC service returned an unreadable certificate", null, null);
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

        private Builder() {}

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
