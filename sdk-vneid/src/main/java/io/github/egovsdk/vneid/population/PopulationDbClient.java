package io.github.egovsdk.vneid.population;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.internal.json.EgovJson;
import io.github.egovsdk.vneid.internal.population.PopulationWire;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Checks a citizen against the national population database through the provincial gateway's JSON adapter
 * ({@code ChiaSeThongTinCongDan}, reference §7.2): personal ID or CMND, name and date of birth → {@link
 * CheckOutcome#MATCH} or {@link CheckOutcome#NO_MATCH}; a service failure throws {@link
 * io.github.egovsdk.core.EgovServiceException}. Authentication to the gateway goes in {@code credentials}, usually
 * core's {@link io.github.egovsdk.core.auth.OAuth2ClientCredentials}.
 *
 * <p>Every call — match, no match or error — is reported to the {@link AuditHook} with who asked and why, never with
 * the personal data. The database's record is compared and dropped: nothing of it is returned or logged. A check is
 * a read, so it is retried on transient failures with the same {@code MaYeuCau}. Immutable and thread-safe.
 */
public final class PopulationDbClient implements AutoCloseable {
    private final ClientConfig config;
    private final HttpPipeline pipeline;
    private final URI checkUri;
    private final String integrationCode;
    private final String serviceCode;
    private final AuditHook audit;

    private PopulationDbClient(ClientConfig config, Builder b) {
        this.config = config;
        this.pipeline = HttpPipeline.create(config);
        this.checkUri = config.endpoint().resolve(b.path);
        this.integrationCode = b.integrationCode;
        this.serviceCode = b.serviceCode;
        this.audit = b.audit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies {@code query}.
     *
     * @param officerId who asks ({@code MaCanBo}: the officer's or system's code)
     * @param purpose   why (e.g. the dossier code) — for the audit record
     */
    public CitizenCheck verify(CitizenQuery query, String officerId, String purpose) {
        Objects.requireNonNull(query, "query");
        if (officerId == null || officerId.isBlank() || purpose == null || purpose.isBlank()) {
            throw new EgovClientException("A population-DB check needs the officer and the purpose (audit) / Tra"
                    + " cứu CSDL dân cư cần mã cán bộ và mục đích");
        }
        String requestId = UUID.randomUUID().toString();
        CheckOutcome outcome = CheckOutcome.ERROR;
        try {
            HttpRequest request = HttpRequest.builder(HttpMethod.POST, checkUri)
                    .body(RequestBody.ofBytes(EgovJson.write(PopulationWire.request(query, integrationCode,
                            serviceCode, officerId, requestId)), "application/json; charset=UTF-8"))
                    .idempotencyKey(requestId).build();
            List<PopulationWire.Record> records;
            try (HttpResponse response = pipeline.send(request)) {
                records = PopulationWire.records(response.bodyAsString(4 << 20));
            }
            List<String> failed = records.isEmpty() ? List.of("NOT_FOUND") : records.stream()
                    .map(r -> PopulationWire.mismatches(r, query)).min((a, b) -> Integer.compare(a.size(), b.size()))
                    .orElseThrow();
            outcome = failed.isEmpty() ? CheckOutcome.MATCH : CheckOutcome.NO_MATCH;
            return new CitizenCheck(outcome, requestId, failed);
        } finally {
            audit.record(new AuditRecord(config.clock().instant(), requestId, officerId, purpose, outcome));
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /**
     * Builder of {@link PopulationDbClient}: {@code endpoint} (the gateway's adapter base), {@code credentials}, the
     * integration code {@code MaTichHop} (default {@code 037}), the service code {@code MaDVC}, the audit hook.
     */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String path = "ChiaSeThongTinCongDan";
        private String integrationCode = "037";
        private String serviceCode;
        private AuditHook audit = AuditHook.none();

        private Builder() {
        }

        /** The adapter's method path relative to the endpoint; default {@code ChiaSeThongTinCongDan}. */
        public Builder path(String path) {
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /** {@code MaTichHop}; default {@code 037}. */
        public Builder integrationCode(String code) {
            this.integrationCode = Objects.requireNonNull(code, "code");
            return this;
        }

        /** {@code MaDVC}: the public service this check is for. */
        public Builder serviceCode(String code) {
            this.serviceCode = code;
            return this;
        }

        public Builder auditHook(AuditHook hook) {
            this.audit = Objects.requireNonNull(hook, "hook");
            return this;
        }

        public PopulationDbClient build() {
            if (serviceCode == null || serviceCode.isBlank()) {
                throw new EgovClientException("PopulationDbClient needs serviceCode (MaDVC) / Thiếu mã dịch vụ"
                        + " công (MaDVC)");
            }
            ClientConfig config = clientConfig();
            String e = config.endpoint().toString();
            if (!e.endsWith("/")) {
                config = config.toBuilder().endpoint(URI.create(e + "/")).build();
            }
            return new PopulationDbClient(config, this);
        }
    }
}
