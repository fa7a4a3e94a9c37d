package io.github.egovsdk.health;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.UsernamePassword;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.health.internal.CardCheckWire;
import io.github.egovsdk.health.internal.EgwErrors;
import io.github.egovsdk.health.internal.EgwSession;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks health-insurance cards (thẻ BHYT) with Vietnam Social Security's data gateway (Cổng tiếp nhận dữ liệu
 * Hệ thống thông tin giám định BHYT, {@code egw.baohiemxahoi.gov.vn}): {@code POST api/token/take}, then
 * {@code POST api/egw/KQNhanLichSuKCB2024} — the only card check since 0h00 01/08/2024 (Công văn 1923/BHXH-CNTT,
 * Phụ lục 03). The check names the registered officer who performs it (codes 054/055 when they are not registered
 * or their name does not match); the session is taken on first use, renewed before it expires and once when the
 * gateway answers 401. The caller's IP address must be registered with the gateway (from 27/07/2024); a refusal is a
 * {@link HealthAuthenticationException} saying so.
 *
 * <pre>{@code
 * try (HealthInsuranceClient bhyt = HealthInsuranceClient.builder()
 *         .endpoint(HealthInsuranceClient.PRODUCTION)
 *         .login(EgwLogin.of("01000_BV", password)).build()) {
 *     CardCheckResult r = bhyt.check(CardCheckRequest.byPersonalId(cccd, name, BirthDate.parse("01/01/1990"),
 *             officerName, officerCccd));
 *     if (r.usable()) { ... r.validTo(), r.registeredFacility(), r.fiveYearsFrom() ... }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; logs at DEBUG only codes and masked numbers.
 */
public final class HealthInsuranceClient implements AutoCloseable {
    /** The production gateway. */
    public static final String PRODUCTION = "https://egw.baohiemxahoi.gov.vn/";
    /** The training gateway (same paths). */
    public static final String TRAINING = "https://daotaoegw.baohiemxahoi.gov.vn/";

    private static final Logger LOG = LoggerFactory.getLogger(HealthInsuranceClient.class);
    private static final int MAX_REPLY = 4 << 20;
    private final HttpPipeline pipeline;
    private final EgwSession session;
    private final URI check;
    private final boolean compactBirthDate;

    private HealthInsuranceClient(ClientConfig config, Builder b) {
        this.pipeline = HttpPipeline.create(config, EgwErrors.INSTANCE);
        this.session = new EgwSession(pipeline, config.endpoint().resolve("api/token/take"), b.login);
        this.check = config.endpoint().resolve("api/egw/KQNhanLichSuKCB2024");
        this.compactBirthDate = b.compactBirthDate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks one card. Every code of the published list comes back as a result ({@link CardCheckResult#code()}),
     * 054/055 included; only a refused login, IP address or session throws.
     *
     * @throws HealthAuthenticationException the login, session or IP address is refused
     * @throws EgovServiceException          another HTTP error or an unreadable reply
     * @throws io.github.egovsdk.core.EgovTransportException the gateway cannot be reached
     */
    public CardCheckResult check(CardCheckRequest request) {
        Objects.requireNonNull(request, "request");
        for (int attempt = 0; ; attempt++) {
            EgwSession.Tokens tokens = session.current();
            CardCheckResult result;
            try {
                result = send(request, tokens);
            } catch (EgovServiceException e) {
                if (e.statusCode() != 401 || e instanceof HealthAuthenticationException) {
                    throw e;
                }
                result = null;
            }
            if (result != null && !"401".equals(result.code())) {
                LOG.debug("Card check {}: {}", request, result.code());
                return result;
            }
            session.invalidate(tokens);
            if (attempt == 1) {
                throw new HealthAuthenticationException(
                        "401",
                        CardCheckResultCode.AUTHENTICATION_ERROR.english()
                                + " after a new session / " + CardCheckResultCode.AUTHENTICATION_ERROR.vietnamese()
                                + " sau khi lấy phiên mới");
            }
            LOG.debug("Card check {}: session refused, taking a new one", request);
        }
    }

    private CardCheckResult send(CardCheckRequest request, EgwSession.Tokens tokens) {
        URI uri = URI.create(check + "?"
                + CardCheckWire.query(
                        tokens, session.login().username(), session.login().passwordDigest()));
        HttpRequest http = HttpRequest.builder(HttpMethod.POST, uri)
                .header("Accept", "application/json")
                .body(RequestBody.ofBytes(
                        CardCheckWire.body(request, compactBirthDate), "application/json; charset=utf-8"))
                // A check changes nothing at the gateway (it records the lookup): safe to retry.
                .idempotencyKey(UUID.randomUUID().toString())
                .build();
        try (HttpResponse response = pipeline.send(http)) {
            return CardCheckWire.parse(response.bodyAsString(MAX_REPLY));
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /**
     * Builder: {@code endpoint} ({@link #PRODUCTION}, {@link #TRAINING} or a sandbox) and {@link #login} are
     * required; the shared vocabulary (timeouts, retries, proxy, TLS, clock) applies.
     */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private EgwLogin login;
        private boolean compactBirthDate;

        private Builder() {}

        /** The gateway account: {@code Credentials.usernamePassword(...)} (as {@code login(EgwLogin.of(...))}). */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(UsernamePassword.class);
        }

        /** The facility's (or named user's) gateway account. */
        public Builder login(EgwLogin login) {
            this.login = Objects.requireNonNull(login, "login");
            return this;
        }

        /**
         * Sends {@code ngaySinh} as {@code ddMMyyyy} (the spec's example) instead of {@code dd/MM/yyyy} (its table);
         * a year-only birth date is sent as {@code yyyy} either way.
         */
        public Builder compactBirthDate(boolean compact) {
            this.compactBirthDate = compact;
            return this;
        }

        public HealthInsuranceClient build() {
            credentials(UsernamePassword.class)
                    .ifPresent(c -> login(EgwLogin.of(c.username(), c.password().toCharArray())));
            if (login == null) {
                throw new EgovClientException(
                        "HealthInsuranceClient needs login(EgwLogin) / cần tài khoản cổng" + " tiếp nhận BHXH");
            }
            return new HealthInsuranceClient(clientConfigBelowEndpoint(), this);
        }
    }
}
