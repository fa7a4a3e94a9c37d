package io.github.egovsdk.civil.justice;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.interconnect.Attachment;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.internal.CivilJson;
import io.github.egovsdk.civil.internal.JusticeWire;
import io.github.egovsdk.civil.internal.MarriageWire;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.MarriageRegistration;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client of the Ministry of Justice's shared civil-status software (phần mềm đăng ký, quản lý hộ tịch điện tử dùng
 * chung): {@code NhanDKHT} pushes a dossier — a birth or death handed over by the DVCLT software (modules
 * {@code LTKS} / {@code LTKT}, {@link #submit}) or a marriage filed at the one-stop office (module {@code LTKH},
 * {@link #submitMarriage}) — and {@code LayKetQua} polls results (statuses 1/2/3/4/6, the certificate PDF in 4) for
 * any of the three modules.
 *
 * <p>The production client pushes marriages to a separate base URL ({@code UrlBTPTestApi} — the name suggests a test
 * endpoint; whether production uses another one is not published): set {@link Builder#marriageEndpoint} when yours
 * differs, otherwise marriages go to the same {@code NhanDKHT}.
 *
 * <p>The paths are configuration in the production systems (defaults {@code NhanDKHT} and {@code LayKetQua} below
 * the endpoint). Authentication is not published: the production client sends none although it is configured with
 * an OAuth2 consumer key and secret, which suggests the base URL is an LGSP/NDXP route — set
 * {@link io.github.egovsdk.core.auth.OAuth2ClientCredentials} as {@code credentials} when yours is one.
 *
 * <p>Immutable and thread-safe; personal data is never logged.
 *
 * <p>Example:
 * <pre>{@code
 * try (CivilStatusClient ministry = CivilStatusClient.builder().endpoint("https://hotich.example.gov.vn/")
 *         .provinceCode("27").build()) {
 *     ministry.submit(dossier, localCode, LocalDateTime.now());          // NhanDKHT; a repeat is recognised
 *     Optional<CivilStatusResult> r = ministry.result(CivilModule.BIRTH, localCode);   // LayKetQua
 *     r.flatMap(CivilStatusResult::certificate);                          // status 4: the certificate and its PDF
 * }
 * }</pre>
 */
public final class CivilStatusClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CivilStatusClient.class);
    private static final int MAX_REPLY = 64 << 20;
    private final HttpPipeline pipeline;
    private final URI submitUri;
    private final URI resultUri;
    private final URI marriageUri;
    private final String provinceCode;
    private final int chunk;

    private CivilStatusClient(ClientConfig config, Builder b) {
        this.pipeline = HttpPipeline.create(config);
        this.submitUri = config.endpoint().resolve(b.submitPath);
        this.resultUri = config.endpoint().resolve(b.resultPath);
        this.marriageUri = b.marriageEndpoint != null ? b.marriageEndpoint : submitUri;
        this.provinceCode = b.provinceCode;
        this.chunk = b.chunk;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Pushes an interconnected dossier ({@code NhanDKHT}): the registration as the ministry's JSON string, only the
     * attachments not cancelled. A repeated push is recognised ("đã được tiếp nhận") and is not an error.
     *
     * @param localCode        mã hồ sơ MCĐT
     * @param receivedLocally  when the one-stop system received it ({@code ngayTiepNhan dd/MM/yyyy HH:mm:ss})
     * @throws EgovServiceException when the ministry refuses it ({@code errorCode}, {@code errorDescription})
     */
    public SubmitOutcome submit(InterconnectDossier dossier, String localCode, LocalDateTime receivedLocally) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(receivedLocally, "receivedLocally");
        if (localCode == null || localCode.isBlank()) {
            throw new EgovClientException("maHoSoMCDT is required / Mã hồ sơ một cửa là bắt buộc");
        }
        JsonNode reply = post(submitUri, JusticeWire.submission(dossier, localCode, receivedLocally));
        return outcome(reply, localCode, dossier.module());
    }

    /**
     * Pushes a marriage registration ({@code NhanDKHT}, module {@code LTKH}): {@code maHoSoLT} and {@code maHoSoMCDT}
     * are both the one-stop dossier code (as the production client sends them), {@code data} the {@code DataDKKH}
     * JSON string, the attachments not cancelled with {@code loaiGiayTo = 1}. The registration is validated first:
     * nothing is sent when it breaks a rule. A repeat is recognised ("đã được tiếp nhận"). Poll the result with
     * {@code result(CivilModule.MARRIAGE, localCode)}.
     *
     * @param localCode       mã hồ sơ MCĐT
     * @param receivedLocally when the one-stop office received it ({@code dd/MM/yyyy HH:mm:ss} on the wire)
     * @param attachments     the dossier's components (thành phần hồ sơ) to forward
     * @throws InvalidRegistrationException every broken rule, each field named
     * @throws EgovServiceException         when the ministry refuses it
     */
    public SubmitOutcome submitMarriage(
            MarriageRegistration registration,
            String localCode,
            LocalDateTime receivedLocally,
            List<Attachment> attachments) {
        Objects.requireNonNull(registration, "registration").requireValid();
        Objects.requireNonNull(receivedLocally, "receivedLocally");
        if (localCode == null || localCode.isBlank()) {
            throw new EgovClientException("maHoSoMCDT is required / Mã hồ sơ một cửa là bắt buộc");
        }
        JsonNode reply = post(
                marriageUri,
                MarriageWire.submission(registration, localCode, receivedLocally, List.copyOf(attachments)));
        return outcome(reply, localCode, CivilModule.MARRIAGE);
    }

    private SubmitOutcome outcome(JsonNode reply, String localCode, CivilModule module) {
        if ("1".equals(CivilJson.text(reply, "status"))) {
            LOG.debug("Ministry accepted {} ({})", localCode, module.ministryCode());
            return SubmitOutcome.ACCEPTED;
        }
        String error = CivilJson.text(reply, "errorDescription");
        if (error != null && error.toLowerCase(Locale.ROOT).contains("đã được tiếp nhận")) {
            LOG.debug("Ministry already had {}", localCode);
            return SubmitOutcome.ALREADY_RECEIVED;
        }
        throw new EgovServiceException(
                200,
                CivilJson.text(reply, "errorCode"),
                Redactor.redact(error != null ? error : CivilJson.text(reply, "statusDescription")),
                null,
                null);
    }

    /**
     * The ministry's state of these dossiers ({@code LayKetQua}), asked in chunks (3 codes per call by default, as
     * the production client does). Unknown codes are simply absent from the answer.
     */
    public List<CivilStatusResult> results(CivilModule module, List<String> localCodes) {
        Objects.requireNonNull(module, "module");
        List<String> codes = List.copyOf(localCodes);
        List<CivilStatusResult> out = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += chunk) {
            ObjectNode body = CivilJson.object();
            codes.subList(from, Math.min(codes.size(), from + chunk)).forEach(body.putArray("maDinhDanhHoSo")::add);
            body.put("maTinh", provinceCode);
            body.put("module", module.ministryCode());
            JsonNode reply = post(resultUri, body);
            if (reply.path("status").asInt(0) != 1) {
                throw new EgovServiceException(
                        200, null, Redactor.redact(CivilJson.text(reply, "statusDescription")), null, null);
            }
            for (JsonNode i : reply.path("value")) {
                out.add(JusticeWire.result(module, i));
            }
        }
        return out;
    }

    /** One dossier's state; empty when the ministry does not know it. */
    public Optional<CivilStatusResult> result(CivilModule module, String localCode) {
        return results(module, List.of(localCode)).stream()
                .filter(r -> localCode.equals(r.localCode()))
                .findFirst();
    }

    private JsonNode post(URI uri, ObjectNode body) {
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, uri)
                .header("Accept", "application/json")
                .body(RequestBody.ofBytes(CivilJson.bytes(body), "application/json; charset=utf-8"))
                .idempotencyKey("btp-" + UUID.randomUUID())
                .build();
        try (HttpResponse response = pipeline.send(request)) {
            String text = response.bodyAsString(MAX_REPLY);
            JsonNode n = CivilJson.parse(text);
            if (n == null || !n.isObject()) {
                throw new EgovServiceException(
                        response.statusCode(), null, "the ministry's reply is not a JSON" + " object", null, null);
            }
            return n;
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** Builder of {@link CivilStatusClient}: {@code endpoint}, the province code ({@code maTinh}), the paths. */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String submitPath = "NhanDKHT";
        private String resultPath = "LayKetQua";
        private String provinceCode;
        private URI marriageEndpoint;
        private int chunk = 3;

        private Builder() {}

        /** mã tỉnh sent with every poll (e.g. a two-digit province code). */
        public Builder provinceCode(String provinceCode) {
            this.provinceCode = provinceCode;
            return this;
        }

        /** Paths relative to the endpoint; defaults {@code NhanDKHT} and {@code LayKetQua}. */
        public Builder paths(String submit, String result) {
            this.submitPath = submit;
            this.resultPath = result;
            return this;
        }

        /**
         * Where marriages ({@code LTKH}) are pushed, when not the {@code NhanDKHT} below the endpoint: the production
         * client uses a separate base ({@code UrlBTPTestApi}). The full URL of the push.
         */
        public Builder marriageEndpoint(URI marriageEndpoint) {
            this.marriageEndpoint = marriageEndpoint;
            return this;
        }

        /** Codes per {@code LayKetQua} call; default 3. */
        public Builder pollChunkSize(int size) {
            this.chunk = size;
            return this;
        }

        public CivilStatusClient build() {
            ClientConfig config = clientConfigBelowEndpoint();
            if (provinceCode == null || provinceCode.isBlank()) {
                throw new EgovClientException("CivilStatusClient needs provinceCode (maTinh) / Thiếu mã tỉnh");
            }
            if (chunk < 1) {
                throw new EgovClientException("pollChunkSize must be at least 1");
            }
            return new CivilStatusClient(config, this);
        }
    }
}
