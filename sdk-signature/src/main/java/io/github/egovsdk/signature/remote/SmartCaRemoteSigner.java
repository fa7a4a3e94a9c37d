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
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * VNPT SmartCA ("sp769" API): list certificates, request a signature over a hash (the user approves in the SmartCA
 * app), poll the transaction. The relying party's {@code sp_id}/{@code sp_password} go in the body as the API
 * requires and are never logged. Thread-safe.
 *
 * <p>Batch ({@link #requestSignatures}): one {@code signatures/sign} request whose {@code sign_files} holds one entry
 * per document ({@code data_to_be_signed} = hex hash, {@code doc_id}, {@code file_type}, {@code sign_type: "hash"}),
 * one confirmation in the app, and a status whose {@code data.signatures[]} answer by {@code doc_id}. The service's
 * transaction messages are not publicly specified: {@code SUCCESS} and {@code EXPIRED} are seen in integrations;
 * {@code EXPIRED}, {@code TIMEOUT} are read as expired and {@code REJECTED}, {@code REJECT}, {@code DENIED},
 * {@code CANCELED}, {@code CANCELLED} as refused; anything else without signatures is pending. A document of the batch
 * without a signature in a final answer fails alone. Whether SmartCA wraps the hash in a PKCS#1 DigestInfo itself is
 * not publicly documented either: every value is verified locally before it is embedded.
 */
public final class SmartCaRemoteSigner implements RemoteSigner, AutoCloseable {
    private static final Set<String> EXPIRED = Set.of("EXPIRED", "TIMEOUT");
    private static final Set<String> REJECTED = Set.of("REJECTED", "REJECT", "DENIED", "CANCELED", "CANCELLED");
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
        JsonNode data =
                call("sca/sp769/v1/credentials/get_certificate", body, true).path("data");
        List<RemoteCredential> out = new ArrayList<>();
        for (JsonNode c : data.path("user_certificates")) {
            out.add(new RemoteCredential(
                    c.path("cert_id").asString(""),
                    c.path("serial_number").asString(""),
                    List.of(certificate(c.path("cert_data").asString("")))));
        }
        return out;
    }

    @Override
    public PendingSignature requestSignature(
            String userId, RemoteCredential credential, byte[] digest, String description) {
        String tx = UUID.randomUUID().toString();
        return new PendingSignature(
                send(userId, credential, tx, description, List.of(new DigestToSign(tx, digest, "pdf"))), credential);
    }

    @Override
    public Optional<byte[]> poll(PendingSignature pending) {
        JsonNode sigs = status(pending.transactionId());
        if (sigs == null) {
            return Optional.empty();
        }
        return Optional.of(
                Base64.getDecoder().decode(sigs.get(0).path("signature_value").asString()));
    }

    /** One {@code signatures/sign} request for every digest: the user confirms the batch once. */
    @Override
    public PendingBatch requestSignatures(
            String userId, RemoteCredential credential, List<DigestToSign> digests, String description) {
        if (digests.isEmpty()) {
            throw new IllegalArgumentException("no digests to sign");
        }
        String tx = send(userId, credential, UUID.randomUUID().toString(), description, digests);
        return new PendingBatch(
                tx, credential, digests.stream().map(DigestToSign::documentId).toList(), List.of());
    }

    @Override
    public Optional<BatchSignatures> pollBatch(PendingBatch pending) {
        JsonNode sigs = status(pending.transactionId());
        if (sigs == null) {
            return Optional.empty();
        }
        Map<String, String> byDoc = new LinkedHashMap<>();
        for (JsonNode s : sigs) {
            byDoc.put(s.path("doc_id").asString(""), s.path("signature_value").asString(""));
        }
        List<byte[]> values = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String id : pending.documentIds()) {
            String v = byDoc.get(id);
            byte[] decoded = v == null || v.isEmpty() ? null : decode(v);
            values.add(decoded);
            errors.add(decoded != null ? null : "SmartCA returned no signature for document " + id);
        }
        return Optional.of(BatchSignatures.of(values, errors));
    }

    private String send(
            String userId, RemoteCredential credential, String tx, String description, List<DigestToSign> digests) {
        Map<String, Object> body = base(userId);
        body.put("transaction_id", tx);
        body.put("transaction_desc", description);
        body.put("serial_number", credential.serialNumber());
        List<Map<String, Object>> files = new ArrayList<>();
        for (DigestToSign d : digests) {
            files.add(Map.of(
                    "data_to_be_signed",
                    HexFormat.of().formatHex(d.digest()),
                    "doc_id",
                    d.documentId(),
                    "file_type",
                    d.fileType(),
                    "sign_type",
                    "hash"));
        }
        body.put("sign_files", files);
        JsonNode data = call("sca/sp769/v1/signatures/sign", body, false).path("data");
        return data.path("transaction_id").asString(tx);
    }

    /** The signatures array once final; null while pending; a typed error when refused or expired. */
    private JsonNode status(String tx) {
        JsonNode json = call("sca/sp769/v1/signatures/sign/" + tx + "/status", Map.of(), true);
        String message = json.path("message").asString("").strip().toUpperCase(Locale.ROOT);
        JsonNode sigs = json.path("data").path("signatures");
        if (sigs.isArray() && !sigs.isEmpty()) {
            return sigs;
        }
        if (EXPIRED.contains(message)) {
            throw new RemoteSigningException(
                    RemoteSigningException.Reason.EXPIRED,
                    "SmartCA transaction " + tx + ": " + message + " / Yêu cầu ký đã hết hạn");
        }
        if (REJECTED.contains(message)) {
            throw new RemoteSigningException(
                    RemoteSigningException.Reason.REJECTED,
                    "SmartCA transaction " + tx + ": " + message + " / Người dùng từ chối ký");
        }
        return null;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<String, Object> base(String userId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sp_id", spId);
        body.put("sp_password", spPassword);
        body.put("user_id", userId);
        return body;
    }

    private JsonNode call(String path, Map<String, Object> body, boolean idempotent) {
        HttpRequest.Builder b = HttpRequest.builder(
                        HttpMethod.POST, pipeline.config().endpoint().resolve(path))
                .body(RequestBody.ofBytes(EgovJson.write(body), "application/json"));
        if (idempotent) {
            b.idempotencyKey("smartca-" + UUID.randomUUID());
        }
        try (HttpResponse r = pipeline.send(b.build())) {
            JsonNode json = EgovJson.tryParse(r.bodyAsString(4 << 20));
            if (json == null || json.path("status_code").asInt(0) != 200) {
                throw new EgovServiceException(
                        r.statusCode(),
                        json == null ? null : json.path("status_code").asString(null),
                        json == null
                                ? "Unreadable SmartCA response"
                                : json.path("message").asString(null),
                        null,
                        null);
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

        private Builder() {}

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
