package io.github.egovsdk.vneid.population;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.vneid.internal.population.PopulationSoap;
import io.github.egovsdk.vneid.internal.population.PopulationSoapExchange;
import io.github.egovsdk.vneid.internal.population.PopulationWire;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

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
 * <p>With {@link Builder#soap} it also speaks the database's own SOAP operations (namespace
 * {@code http://dancuquocgia.bca}, {@link PopulationOperation}): {@link #lookUp}, {@link #verifyInformation},
 * {@link #verifyHouseholdHead}, {@link #verifyRelatives} and the asynchronous {@link #submitBatch} /
 * {@link #batchResult} pair — POSTed to the endpoint, or through any LGSP / NDXP style with {@link Builder#gateway}.
 * Replies may be raw SOAP or {@code {error_code, message:"<soap…>"}}; both are read with the secure XML parser.
 * Every element-naming variant the public record shows is accepted ({@link PopulationSoapDialect}).
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
    private final PopulationSoapExchange soap;

    private PopulationDbClient(ClientConfig config, Builder b) {
        this.pipeline = HttpPipeline.create(config);
        this.lookup = b.gateway != null
                ? b.gateway.endpointOf(b.lookupPath)
                : config.endpoint().resolve(b.lookupPath);
        this.integrationCode = b.integrationCode;
        this.serviceCode = b.serviceCode;
        this.auditHook = b.auditHook;
        URI soapUri = config.endpoint();
        this.soap = b.dialect == null
                ? null
                : new PopulationSoapExchange(
                        pipeline,
                        b.gateway != null ? op -> b.gateway.endpointOf(op.wireName()) : op -> soapUri,
                        b.dialect,
                        new PopulationSoap.Codes(serviceCode, integrationCode, b.unitCode),
                        b.gateway != null ? b.gateway.soapContentType() : "text/xml; charset=UTF-8");
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
                .body(RequestBody.ofBytes(
                        PopulationWire.request(query, requestId, context.requestedBy(), integrationCode, serviceCode),
                        "application/json; charset=UTF-8"))
                // A lookup changes nothing: safe to retry, under the same MaYeuCau.
                .idempotencyKey(requestId)
                .build();
        VerificationOutcome outcome;
        try (HttpResponse response = pipeline.send(request)) {
            outcome = PopulationWire.outcome(response.bodyAsString(MAX_REPLY), query, requestId);
        } catch (EgovException e) {
            String code = e instanceof EgovServiceException s
                    ? s.serviceErrorCode().orElse("HTTP_" + s.statusCode())
                    : e.getClass().getSimpleName();
            LOG.debug("Population lookup {} for {} failed: {}", requestId, context.requestedBy(), code);
            auditHook.onLookup(new AuditRecord(
                    requestId,
                    context.requestedBy(),
                    context.purpose(),
                    at,
                    AuditRecord.Outcome.ERROR,
                    Optional.of(code)));
            throw e;
        }
        LOG.debug("Population lookup {} for {}: {} ({})", requestId, context.requestedBy(), outcome, query);
        auditHook.onLookup(new AuditRecord(
                requestId,
                context.requestedBy(),
                context.purpose(),
                at,
                outcome == VerificationOutcome.MATCH ? AuditRecord.Outcome.MATCH : AuditRecord.Outcome.NO_MATCH,
                Optional.empty()));
        return new CitizenVerification(outcome, requestId);
    }

    /**
     * {@code TraCuuThongTinCongDan} (SOAP): the citizen's record(s). Needs {@link Builder#soap}.
     *
     * @throws EgovServiceException on a SOAP fault, a gateway error code or a reply without {@code CongdanCollection}
     * @throws io.github.egovsdk.core.xml.XmlSecurityException when the reply is malformed, oversized or unsafe
     */
    public List<CitizenRecord> lookUp(CitizenQuery query, LookupContext context) {
        return soapCall(
                PopulationOperation.TRA_CUU_THONG_TIN_CONG_DAN,
                query,
                Map.of(),
                context,
                (c, id) -> PopulationSoapExchange.records(c, id),
                r -> !r.isEmpty());
    }

    /** {@code XacThucThongTinCongDan} (SOAP): whether number, name and date of birth belong together. */
    public CitizenVerification verifyInformation(CitizenQuery query, LookupContext context) {
        return verification(PopulationOperation.XAC_THUC_THONG_TIN_CONG_DAN, query, context);
    }

    /** {@code XacMinhThongTinChuHo} (SOAP): whether the person is the household head they declare to be. */
    public CitizenVerification verifyHouseholdHead(CitizenQuery query, LookupContext context) {
        return verification(PopulationOperation.XAC_MINH_THONG_TIN_CHU_HO, query, context);
    }

    /** {@code XacMinhThongTinNhanThan} (SOAP): the record with its relatives ({@link CitizenRecord#relatives()}). */
    public List<CitizenRecord> verifyRelatives(CitizenQuery query, LookupContext context) {
        return soapCall(
                PopulationOperation.XAC_MINH_THONG_TIN_NHAN_THAN,
                query,
                Map.of(),
                context,
                (c, id) -> PopulationSoapExchange.records(c, id),
                r -> !r.isEmpty());
    }

    /**
     * Starts an asynchronous batch request ({@code CungCapDanhSach…}); {@code criteria} (e.g. paging keys) are sent
     * as sibling elements in the order given. Returns the {@code MaYeuCau} to pass to {@link #batchResult}.
     */
    public String submitBatch(PopulationOperation operation, Map<String, String> criteria, LookupContext context) {
        if (!operation.isBatch()) {
            throw new EgovClientException(
                    operation.wireName() + " is not a batch operation / không phải yêu cầu" + " theo danh sách");
        }
        String[] id = new String[1];
        soapCall(
                operation,
                null,
                criteria,
                context,
                (c, rid) -> {
                    id[0] = rid;
                    return c;
                },
                c -> true);
        return id[0];
    }

    /** {@code GetRequestResult} for a batch started with {@link #submitBatch}. */
    public BatchRequestResult batchResult(String batchRequestId, LookupContext context) {
        Objects.requireNonNull(batchRequestId, "batchRequestId");
        return soapCall(
                PopulationOperation.GET_REQUEST_RESULT,
                null,
                Map.of("MaYeuCauGoc", batchRequestId),
                context,
                (c, id) -> PopulationSoapExchange.batch(c, batchRequestId),
                BatchRequestResult::ready);
    }

    private CitizenVerification verification(PopulationOperation op, CitizenQuery query, LookupContext context) {
        Objects.requireNonNull(query, "query");
        String[] id = new String[1];
        VerificationOutcome outcome = soapCall(
                op,
                query,
                Map.of(),
                context,
                (c, rid) -> {
                    id[0] = rid;
                    return PopulationSoapExchange.outcome(c, query, rid);
                },
                o -> o == VerificationOutcome.MATCH);
        return new CitizenVerification(outcome, id[0]);
    }

    private <T> T soapCall(
            PopulationOperation op,
            CitizenQuery query,
            Map<String, String> extra,
            LookupContext context,
            BiFunction<Element, String, T> read,
            Predicate<T> found) {
        if (soap == null) {
            throw new EgovClientException("SOAP operations need PopulationDbClient.builder().soap(dialect) / cần"
                    + " cấu hình SOAP cho CSDL dân cư");
        }
        Objects.requireNonNull(context, "context");
        String requestId = "REQ-" + UUID.randomUUID();
        Instant at = pipeline.config().clock().instant();
        T result;
        try {
            result = read.apply(soap.call(op, requestId, context.requestedBy(), query, extra), requestId);
        } catch (EgovException e) {
            String code = e instanceof EgovServiceException s
                    ? s.serviceErrorCode().orElse("HTTP_" + s.statusCode())
                    : e.getClass().getSimpleName();
            LOG.debug("Population {} {} failed: {}", op.wireName(), requestId, code);
            auditHook.onLookup(new AuditRecord(
                    requestId,
                    context.requestedBy(),
                    context.purpose(),
                    at,
                    AuditRecord.Outcome.ERROR,
                    Optional.of(code)));
            throw e;
        }
        boolean hit = found.test(result);
        LOG.debug("Population {} {}: {} ({})", op.wireName(), requestId, hit ? "found" : "not found", query);
        auditHook.onLookup(new AuditRecord(
                requestId,
                context.requestedBy(),
                context.purpose(),
                at,
                hit ? AuditRecord.Outcome.MATCH : AuditRecord.Outcome.NO_MATCH,
                Optional.empty()));
        return result;
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
        private PopulationSoapDialect dialect;
        private Gateway gateway;
        private String unitCode;

        private Builder() {}

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

        /**
         * Enables the direct SOAP operations ({@link PopulationDbClient#lookUp}, {@link
         * PopulationDbClient#verifyInformation}, …) in the given element-naming dialect; without a {@link #gateway}
         * they are POSTed to the endpoint itself.
         */
        public Builder soap(PopulationSoapDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Routes every call through an LGSP / NDXP gateway: its base URL, its path for each operation (service name
         * = the operation's wire name, or {@code lookupPath} for the JSON adapter) and its credentials.
         */
        public Builder gateway(Gateway gateway) {
            this.gateway = Objects.requireNonNull(gateway, "gateway");
            return this;
        }

        /** {@code MaDonVi}: the unit code some deployments require (sent after the query fields when set). */
        public Builder unitCode(String unitCode) {
            this.unitCode = unitCode;
            return this;
        }

        public PopulationDbClient build() {
            if (gateway != null) {
                endpoint(gateway.baseUri());
                credentials(gateway.credentials());
            }
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
