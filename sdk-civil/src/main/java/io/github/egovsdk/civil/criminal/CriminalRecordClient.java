package io.github.egovsdk.civil.criminal;

import io.github.egovsdk.civil.interconnect.StatusPushOutcome;
import io.github.egovsdk.civil.internal.CivilJson;
import io.github.egovsdk.civil.internal.CriminalApplicationWire;
import io.github.egovsdk.civil.internal.CriminalWire;
import io.github.egovsdk.civil.justice.SubmitOutcome;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.ApiKey;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client of the criminal-record (lý lịch tư pháp, LLTP) hand-off between a one-stop system, the Justice ministry's
 * LLTP system and VNeID, through one gateway base URL (interconnected-services §1.6): {@link #submit} (step b, send
 * the application), {@link #result} (step c, poll; states 9/10 carry the certificate PDF) and {@link #pushStatus}
 * (step d, {@code v2/lyLichTuPhap/traKetQuaHoSoLLTP} to VNeID). None of the calls carries an auth header: each
 * authenticates with the shared {@code authKey} in the body (never logged). The submit and poll paths are
 * configuration in the production system (placeholders by default); the status path is published.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * CriminalRecordApplication application = CriminalRecordIntake.parse(vneidRequestBody);   // VNeID's TaoHoSo
 * try (CriminalRecordClient lltp = CriminalRecordClient.builder().endpoint("https://lltp.example.gov.vn/")
 *         .authKey(authKey).province("27", "Bắc Ninh").build()) {
 *     lltp.submit(application);
 *     Optional<CriminalRecordResult> result = lltp.result(localCode);    // the certificate (phiếu LLTP) when ready
 * }
 * }</pre>
 */
public final class CriminalRecordClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CriminalRecordClient.class);
    private static final int MAX_REPLY = 64 << 20;
    private final HttpPipeline pipeline;
    private final URI submitUri;
    private final URI resultUri;
    private final URI statusUri;
    private final String authKey;
    private final String provinceCode;
    private final String provinceName;

    private CriminalRecordClient(ClientConfig config, Builder b) {
        this.pipeline = HttpPipeline.create(config);
        this.submitUri = config.endpoint().resolve(b.submitPath);
        this.resultUri = config.endpoint().resolve(b.resultPath);
        this.statusUri = config.endpoint().resolve(b.statusPath);
        this.authKey = b.authKey;
        this.provinceCode = b.provinceCode;
        this.provinceName = b.provinceName;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends an application to the LLTP system. Success is a reply containing "gửi thông tin thành công"; "đã được
     * tiếp nhận, không thể cập nhật thông tin" means it was already sent ({@link SubmitOutcome#ALREADY_RECEIVED});
     * anything else is an {@link EgovServiceException} with the reply's {@code errorDescription}. The application is
     * validated first ({@link CriminalRecordApplication#requireValid()}): nothing is sent when it breaks a rule.
     */
    public SubmitOutcome submit(CriminalRecordApplication application) {
        Objects.requireNonNull(application, "application").requireValid();
        String reply = post(submitUri, CriminalApplicationWire.submission(application, authKey));
        String lower = reply.toLowerCase(Locale.ROOT);
        if (lower.contains("gửi thông tin thành công")) {
            LOG.debug("LLTP accepted {}", application.localCode());
            return SubmitOutcome.ACCEPTED;
        }
        if (lower.contains("đã được tiếp nhận, không thể cập nhật thông tin")) {
            return SubmitOutcome.ALREADY_RECEIVED;
        }
        JsonNode json = CivilJson.parse(reply);
        throw new EgovServiceException(
                200,
                json == null ? null : CivilJson.text(json, "errorCode"),
                Redactor.redact(json == null ? excerpt(reply) : CivilJson.text(json, "errorDescription")),
                null,
                null);
    }

    /** The LLTP system's state of one application ({@code {authKey, maTinh, maHoSoMCDT}}); empty when unknown. */
    public Optional<CriminalRecordResult> result(String localCode) {
        ObjectNode body = CivilJson.object()
                .put("authKey", authKey)
                .put("maTinh", provinceCode)
                .put("maHoSoMCDT", localCode);
        JsonNode reply = CivilJson.parse(post(resultUri, body));
        if (reply == null || reply.path("status").asInt(0) != 1) {
            throw new EgovServiceException(
                    200,
                    null,
                    reply == null ? "not JSON" : Redactor.redact(CivilJson.text(reply, "statusDescription")),
                    null,
                    null);
        }
        for (JsonNode v : reply.path("value")) {
            if (localCode.equals(CivilJson.text(v, "maHoSoMCDT"))) {
                return Optional.of(CriminalWire.result(v));
            }
        }
        return Optional.empty();
    }

    /**
     * Pushes a state to VNeID. {@code statusCode "00"} is done; {@code "01"} with "không thể cập nhật lên trạng
     * thái" is done (already there), any other {@code "01"} failed; {@code "03"} with "yêu cầu bị gián đoạn" — and any
     * other answer — is to be retried.
     */
    public StatusPushOutcome pushStatus(CriminalRecordStatusUpdate update) {
        Objects.requireNonNull(update, "update");
        String reply = post(statusUri, CriminalWire.status(update, provinceCode, provinceName));
        JsonNode json = CivilJson.parse(reply);
        String code = json == null ? null : CivilJson.text(json, "statusCode");
        String detail = json == null ? reply : String.valueOf(CivilJson.text(json, "errorDetail"));
        String lower = detail.toLowerCase(Locale.ROOT);
        StatusPushOutcome outcome;
        if ("00".equals(code)) {
            outcome = StatusPushOutcome.DONE;
        } else if ("01".equals(code)) {
            outcome = lower.contains("không thể cập nhật lên trạng thái")
                    ? StatusPushOutcome.DONE
                    : StatusPushOutcome.FAILED;
        } else {
            outcome = StatusPushOutcome.RETRY;
        }
        LOG.debug("VNeID LLTP state {} for {}: {}", update.state().code(), update.localCode(), outcome);
        return outcome;
    }

    private String post(URI uri, ObjectNode body) {
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, uri)
                .header("Accept", "application/json")
                .body(RequestBody.ofBytes(CivilJson.bytes(body), "application/json; charset=utf-8"))
                .idempotencyKey("lltp-" + UUID.randomUUID())
                .build();
        try (HttpResponse response = pipeline.send(request)) {
            return response.bodyAsString(MAX_REPLY);
        }
    }

    private static String excerpt(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** Builder: {@code endpoint} (the gateway's BaseUrl), {@code authKey}, province code and name, paths. */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String authKey;
        private String provinceCode;
        private String provinceName;
        private String submitPath = "lltp/guiHoSo";
        private String resultPath = "lltp/nhanTrangThai";
        private String statusPath = "v2/lyLichTuPhap/traKetQuaHoSoLLTP";

        private Builder() {}

        /** The shared {@code authKey}: {@code Credentials.apiKey(...)}. */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(ApiKey.class);
        }

        /** The shared key sent as {@code authKey} (secret). */
        public Builder authKey(String authKey) {
            this.authKey = authKey;
            return this;
        }

        /** mã tỉnh and tên tỉnh. */
        public Builder province(String code, String name) {
            this.provinceCode = code;
            this.provinceName = name;
            return this;
        }

        /** Submit ({@code UrlAPIDVC_BTP}) and poll ({@code UrlNhanTrangThai}) paths; unpublished, configure them. */
        public Builder paths(String submit, String result) {
            this.submitPath = submit;
            this.resultPath = result;
            return this;
        }

        /** The VNeID status path; default {@code v2/lyLichTuPhap/traKetQuaHoSoLLTP}. */
        public Builder statusPath(String statusPath) {
            this.statusPath = statusPath;
            return this;
        }

        public CriminalRecordClient build() {
            credentials(ApiKey.class).ifPresent(c -> authKey(c.key()));
            ClientConfig config = clientConfigBelowEndpoint();
            if (authKey == null || authKey.isBlank() || provinceCode == null || provinceCode.isBlank()) {
                throw new EgovClientException(
                        "CriminalRecordClient needs authKey and province / Thiếu authKey hoặc" + " mã tỉnh");
            }
            return new CriminalRecordClient(config, this);
        }
    }
}
