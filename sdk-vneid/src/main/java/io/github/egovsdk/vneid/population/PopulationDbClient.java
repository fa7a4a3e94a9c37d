package io.github.egovsdk.vneid.population;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.vneid.internal.population.PopulationWire;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a citizen's declaration against the national population database (CSDLQG về dân cư) through a provincial
 * integration gateway (LGSP JSON adapter, reference §7.2: {@code POST …/ChiaSeThongTinCongDan}). The gateway is
 * usually behind an API manager: set {@link io.github.egovsdk.core.auth.OAuth2ClientCredentials} as
 * {@code credentials} — tokens are cached, refreshed before expiry and renewed once on a 401.
 *
 * <p>The answer is {@link VerificationOutcome#MATCH} or {@link VerificationOutcome#NO_MATCH} only: the record the
 * gateway returns is compared in memory and dropped, never returned, logged or cached. Every call — answered or
 * failed — is reported to the {@link AuditHook} with who asked, why, and the request id, without the personal data.
 *
 * <pre>{@code
 * try (PopulationDbClient csdl = PopulationDbClient.builder()
 *         .endpoint("https://lgsp.bacninh.gov.vn/apiCSDLDanCu/")
 *         .credentials(OAuth2ClientCredentials.builder().tokenEndpoint(…).clientId(…).clientSecret(…).build())
 *         .integrationCode("027").serviceCode("DVC-BN").auditHook(auditLog::save).build()) {
 *     boolean ok = csdl.verify(CitizenQuery.byPersonalId(id, name, dob),
 *             new LookupContext("CB-0042", "Tiếp nhận hồ sơ H27.5-250101-0001")).matches();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #close()} releases connections (not those of the credentials).
 */
public final class PopulationDbClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PopulationDbClient.class);
    private static final int MAX_REPLY = 1 << 20;
    private final HttpPipeline pipeline;
    private final URI lookup;
    private final String integrationCode;
    private final String serviceCode;
    private final AuditHook auditHook;

    private PopulationDbClient(ClientConfig config, Builder b) {
        this.pipeline = HttpPipeline.create(config);
        this.lookup = config.endpoint().resolve(b.lookupPath);
        this.integrationCode = b.integrationCode;
        this.serviceCode = b.serviceCode;
        this.auditHook = b.auditHook;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a citizen: the number must exist and the name (case and diacritics ignored) and date of birth must
     * match the record.
     *
     * @throws EgovServiceException   when the gateway answers with an error ({@code error_code ≠ 0}, HTTP error)
     * @throws io.github.egovsdk.core.EgovTransportException when it cannot be reached
     */
    public CitizenVerification verify(CitizenQuery query, LookupContext context) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(context, "context");
        String requestId = UUID.randomUUID().toString();
        Instant at = pipeline.config().clock().instant();
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, lookup)
                .header("Accept", "application/json")
                .body(RequestBody.ofBytes(PopulationWire.request(query, requestId, context.requestedBy(),
                        integrationCode, serviceCode), "application/json; charset=UTF-8"))
                // A lookup changes nothing: safe to retry, under the same MaYeuCau.
                .idempotencyKey(requestId)
                .build();
        VerificationOutcome outcome;
        try (HttpResponse response = pipeline.send(request)) {
            outcome = PopulationWire.outcome(response.bodyAsString(MAX_REPLY), query, requestId);
        } catch (EgovException e) {
            String code = e instanceof EgovServiceException s ? s.serviceErrorCode().orElse("HTTP_" + s.statusCode())
                    : e.getClass().getSimpleName();
            LOG.debug("Population lookup {} for {} failed: {}", requestId, context.requestedBy(), code);
            auditHook.onLookup(new AuditRecord(requestId, context.requestedBy(), context.purpose(), at,
                    AuditRecord.Outcome.ERROR, Optional.of(code)));
            throw e;
        }
        LOG.debug("Population lookup {} for {}: {} ({})", requestId, context.requestedBy(), outcome, query);
        auditHook.onLookup(new AuditRecord(requestId, context.requestedBy(), context.purpose(), at,
                outcome == VerificationOutcome.MATCH ? AuditRecord.Outcome.MATCH : AuditRecord.Outcome.NO_MATCH,
                Optional.empty()));
        return new CitizenVerification(outcome, requestId);
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /**
     * Builder of {@link PopulationDbClient}: {@code endpoint} (the adapter's base URL), {@code credentials}
     * (usually {@link io.github.egovsdk.core.auth.OAuth2ClientCredentials}), the {@code MaTichHop} integration code,
     * the {@code MaDVC} service code and the {@link AuditHook} — all required.
     */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String integrationCode;
        private String serviceCode;
        private AuditHook auditHook;
        private String lookupPath = "ChiaSeThongTinCongDan";

        private Builder() {
        }

        /** {@code MaTichHop}: the integration code the gateway assigned (e.g. the province code {@code 037}). */
        public Builder integrationCode(String integrationCode) {
            this.integrationCode = integrationCode;
            return this;
        }

        /** {@code MaDVC}: the code of the public service the lookup is for. */
        public Builder serviceCode(String serviceCode) {
            this.serviceCode = serviceCode;
            return this;
        }

        /** Where every lookup is recorded (required: lookups of personal data must be auditable). */
        public Builder auditHook(AuditHook auditHook) {
            this.auditHook = auditHook;
            return this;
        }

        /** Path of the lookup below the endpoint; default {@code ChiaSeThongTinCongDan}. */
        public Builder lookupPath(String lookupPath) {
            this.lookupPath = Objects.requireNonNull(lookupPath, "lookupPath");
            return this;
        }

        public PopulationDbClient build() {
            if (isBlank(integrationCode) || isBlank(serviceCode) || auditHook == null) {
                throw new EgovClientException("PopulationDbClient needs integrationCode (MaTichHop), serviceCode"
                        + " (MaDVC) and an auditHook / Thiếu mã tích hợp, mã dịch vụ hoặc nơi ghi nhật ký tra cứu");
            }
            ClientConfig config = clientConfigBelowEndpoint();
            return new PopulationDbClient(config, this);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }
}
