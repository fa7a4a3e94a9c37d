package io.github.egovsdk.signature.remote;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.PartnerSecret;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;

/**
 * VNPT SmartCA ("sp769" API): list certificates, request a signature over a hash (the user approves in the SmartCA
 * app), poll the transaction. The relying party's {@code sp_id}/{@code sp_password} go in the body as the API
 * requires and are never logged. Thread-safe.
 */
public final class SmartCaRemoteSigner implements RemoteSigner, AutoCloseable {
    private final HttpPipeline pipeline;
    private final String spId;
    private final String spPassword;

    private SmartCaRemoteSigner(ClientConfig config, String spId, String spPassword) {
        this.pipeline = HttpPipeline.create(config);
        this.spId = Objects.requireNonNull(spId, "spId");
        this.spPassword = Objects.requireNonNull(spPassword, "spPassword");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<RemoteCredential> listCredentials(String userId) {
        Map<String, Object> body = base(userId);
        body.put("serial_number", "");
        body.put("transaction_id", UUID.randomUUID().toString());
        JsonNode data = call("sca/sp769/v1/credentials/get_certificate", body, true).path("data");
        List<RemoteCredential> out = new ArrayList<>();
        for (JsonNode c : data.path("user_certificates")) {
            out.add(new RemoteCredential(c.path("cert_id").asString(""), c.path("serial_number").asString(""),
                    List.of(certificate(c.path("cert_data").asString("")))));
        }
        return out;
    }

    @Override
    public PendingSignature requestSignature(String userId, RemoteCredential credential, byte[] digest,
            String description) {
        Map<String, Object> body = base(userId);
        String tx = UUID.randomUUID().toString();
        body.put("transaction_id", tx);
        body.put("transaction_desc", description);
        body.put("serial_number", credential.serialNumber());
        body.put("sign_files", List.of(Map.of("data_to_be_signed", HexFormat.of().formatHex(digest), "doc_id", tx,
                "file_type", "pdf", "sign_type", "hash")));
        JsonNode data = call("sca/sp769/v1/signatures/sign", body, false).path("data");
        return new PendingSignature(data.path("transaction_id").asString(tx), credential);
    }

    @Override
    public Optional<byte[]> poll(PendingSignature pending) {
        JsonNode json = call("sca/sp769/v1/signatures/sign/" + pending.transactionId() + "/status", Map.of(), true);
        String message = json.path("message").asString("");
        JsonNode sigs = json.path("data").path("signatures");
        if (sigs.isArray() && !sigs.isEmpty()) {
            return Optional.of(Base64.getDecoder().decode(sigs.get(0).path("signature_value").asString()));
        }
        if (message.equalsIgnoreCase("EXPIRED") || message.equalsIgnoreCase("REJECTED")) {
            throw new RemoteSigningException("SmartCA transaction " + pending.transactionId() + ": " + message);
        }
        return Optional.empty();
    }

    private Map<String, Object> base(String userId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sp_id", spId);
        body.put("sp_password", spPassword);
        body.put("user_id", userId);
        return body;
    }

    private JsonNode call(String path, Map<String, Object> body, boolean idempotent) {
        HttpRequest.Builder b = HttpRequest.builder(HttpMethod.POST, pipeline.config().endpoint().resolve(path))
                .body(RequestBody.ofBytes(EgovJson.write(body), "application/json"));
        if (idempotent) {
            b.idempotencyKey("smartca-" + UUID.randomUUID());
        }
        try (HttpResponse r = pipeline.send(b.build())) {
            JsonNode json = EgovJson.tryParse(r.bodyAsString(4 << 20));
            if (json == null || json.path("status_code").asInt(0) != 200) {
                throw new EgovServiceException(r.statusCode(), json == null ? null : json.path("status_code")
                        .asString(null), json == null ? "Unreadable SmartCA response" : json.path("message")
                        .asString(null), null, null);
            }
            return json;
        }
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new EgovServiceException(200, "CERT", "SmartCA returned an unreadable certificate", null, null);
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    @Override
    public String toString() {
        return "SmartCaRemoteSigner[spId=" + spId + ", spPassword=****]";
    }

    /** Builder: {@code endpoint} (e.g. {@code https://gwsca.vnpt.vn/}), the relying party's sp_id and password. */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String spId;
        private String spPassword;

        private Builder() {
        }

        /** The relying party's {@code sp_id} and {@code sp_password}: {@code Credentials.partnerSecret(...)}. */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(PartnerSecret.class);
        }

        public Builder relyingParty(String spId, String spPassword) {
            this.spId = spId;
            this.spPassword = spPassword;
            return this;
        }

        public SmartCaRemoteSigner build() {
            credentials(PartnerSecret.class).ifPresent(c -> relyingParty(c.partnerCode(), c.secret()));
            ClientConfig c = clientConfig();
            if (!c.endpoint().toString().endsWith("/")) {
                c = c.toBuilder().endpoint(c.endpoint() + "/").build();
            }
            return new SmartCaRemoteSigner(c, spId, spPassword);
        }
    }
}
