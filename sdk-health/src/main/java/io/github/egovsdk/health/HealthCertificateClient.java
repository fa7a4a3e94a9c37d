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
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.health.internal.CertificateXml;
import io.github.egovsdk.health.internal.EgwErrors;
import io.github.egovsdk.health.internal.EgwSession;
import io.github.egovsdk.health.internal.GkskWire;
import io.github.egovsdk.health.internal.SubmissionWire;
import io.github.egovsdk.signature.keys.SigningKey;
import java.net.URI;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends electronic health certificates to Vietnam Social Security's gateway, each signed with the facility's key
 * through sdk-signature's XML signer:
 * <ul>
 *   <li>driving-licence health certificates (giấy khám sức khỏe lái xe): {@code POST api/hssk/gksk}, JSON, headers
 *       {@code Username} and {@code Password} (MD5), {@code STATE} {@code ADD} or {@code EDIT}, {@code SIGNDATA};</li>
 *   <li>birth certificates (giấy chứng sinh, type 61) and death certificates (giấy báo tử, type 60): the signed
 *       {@code HSDLGCS} / {@code HSDLGBT} XML, base64 in a form to {@code POST api/hososuckhoe/guiGiayToDienTu} with
 *       the gateway session (taken, cached and renewed as for the card check).</li>
 * </ul>
 * These shapes come from vendors' re-typings of the gateway's specification (not the official annexes, which are not
 * published): field names, the {@code GIOITINHVAL} coding and the {@code SIGNDATA} construction are the public
 * record's best reading, and the client accepts every reply casing seen. Immutable and thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * try (HealthCertificateClient certs = HealthCertificateClient.builder().endpoint(HealthInsuranceClient.PRODUCTION)
 *         .login(EgwLogin.of("01000_BV", password)).facilityCode("01000")
 *         .signingKey(SigningKeys.fromPkcs12(p12, pin, null)).build()) {
 *     CertificateReceipt receipt = certs.submit(gksk, HealthCertificateClient.Action.ADD);  // GKSK lái xe
 * }
 * }</pre>
 */
public final class HealthCertificateClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCertificateClient.class);
    private static final int MAX_REPLY = 64 * 1024;
    private final HttpPipeline pipeline;
    private final EgwSession session;
    private final URI gksk;
    private final URI documents;
    private final String facilityCode;
    private final SigningKey key;
    private final String maleCode;
    private final String femaleCode;

    /** {@code STATE} of a GKSK submission. */
    public enum Action {
        /** A new certificate. */
        ADD,
        /** A correction of one sent before (same number). */
        EDIT
    }

    private HealthCertificateClient(ClientConfig config, Builder b) {
        this.pipeline = HttpPipeline.create(config, EgwErrors.INSTANCE);
        this.session = new EgwSession(pipeline, config.endpoint().resolve("api/token/take"), b.login);
        this.gksk = config.endpoint().resolve("api/hssk/gksk");
        this.documents = config.endpoint().resolve("api/hososuckhoe/guiGiayToDienTu");
        this.facilityCode = b.facilityCode;
        this.key = b.key;
        this.maleCode = b.maleCode;
        this.femaleCode = b.femaleCode;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends a driving-licence health certificate. {@code SIGNDATA} is base64 of the signed data block (see
     * {@link #signedDataBlock}).
     *
     * @throws EgovClientException when the certificate is for another facility
     */
    public CertificateReceipt submit(DrivingLicenceCertificate certificate, Action action) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(action, "action");
        if (!certificate.facilityCode().equalsIgnoreCase(facilityCode)) {
            throw new EgovClientException("The certificate's facility " + certificate.facilityCode() + " is not this"
                    + " client's " + facilityCode + " / giấy khám thuộc cơ sở KCB khác");
        }
        Map<String, String> fields = GkskWire.fields(certificate, action.name(), maleCode, femaleCode);
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("SIGNDATA", Base64.getEncoder().encodeToString(CertificateXml.signedGkskBlock(fields, key)));
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, gksk)
                .header("Accept", "application/json")
                .header("Username", session.login().username())
                .header("Password", session.login().passwordDigest())
                .body(RequestBody.ofBytes(EgovJson.write(body), "application/json; charset=utf-8"))
                .idempotencyKey(UUID.randomUUID().toString())
                .build();
        try (HttpResponse response = pipeline.send(request)) {
            CertificateReceipt r = SubmissionWire.gkskReceipt(response.bodyAsString(MAX_REPLY));
            LOG.debug("GKSK {} {}: MSG_STATE {}", certificate.number(), action, r.code());
            return r;
        }
    }

    /** The signed GKSK data block (before base64), to archive with the certificate. */
    public byte[] signedDataBlock(DrivingLicenceCertificate certificate, Action action) {
        return CertificateXml.signedGkskBlock(GkskWire.fields(certificate, action.name(), maleCode, femaleCode), key);
    }

    /** The signed {@code HSDLGCS} / {@code HSDLGBT} package, to archive or inspect. */
    public <F extends Enum<F> & CertificateField> byte[] signedPackage(HealthDocument<F> document) {
        return CertificateXml.signedPackage(document, key);
    }

    /**
     * Sends a birth or death certificate. The result codes (200, 205, 401, 500, 1001) come back in the receipt;
     * a 401 first renews the session once.
     *
     * @throws HealthAuthenticationException the login, session (twice) or IP address is refused
     */
    public <F extends Enum<F> & CertificateField> CertificateReceipt submit(HealthDocument<F> document) {
        byte[] xml = signedPackage(Objects.requireNonNull(document, "document"));
        for (int attempt = 0; ; attempt++) {
            EgwSession.Tokens tokens = session.current();
            String form = SubmissionWire.form(
                    facilityCode,
                    tokens,
                    session.login().username(),
                    session.login().passwordDigest(),
                    document.kind().documentType(),
                    xml);
            HttpRequest request = HttpRequest.builder(HttpMethod.POST, documents)
                    .header("Accept", "application/json")
                    .body(RequestBody.ofString(form, "application/x-www-form-urlencoded"))
                    .idempotencyKey(UUID.randomUUID().toString())
                    .build();
            CertificateReceipt r;
            try (HttpResponse response = pipeline.send(request)) {
                r = SubmissionWire.documentReceipt(response.bodyAsString(MAX_REPLY));
            } catch (EgovServiceException e) {
                if (e.statusCode() != 401 || e instanceof HealthAuthenticationException) {
                    throw e;
                }
                r = null;
            }
            if (r != null && !"401".equals(r.code())) {
                LOG.debug("{} submitted: {}", document.kind(), r.code());
                return r;
            }
            session.invalidate(tokens);
            if (attempt == 1) {
                throw new HealthAuthenticationException(
                        "401",
                        "Account authentication error after a new session /"
                                + " lỗi xác thực tài khoản sau khi lấy phiên mới");
            }
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** Builder: {@code endpoint}, {@link #login}, {@link #facilityCode} and {@link #signingKey} are required. */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private EgwLogin login;
        private String facilityCode;
        private SigningKey key;
        private String maleCode = "0";
        private String femaleCode = "1";

        private Builder() {}

        /** The gateway account: {@code Credentials.usernamePassword(...)} (as {@code login(EgwLogin.of(...))}). */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(UsernamePassword.class);
        }

        public Builder login(EgwLogin login) {
            this.login = Objects.requireNonNull(login, "login");
            return this;
        }

        /** {@code maCskcb} / {@code IDBENHVIEN}: the facility's 5-character health-insurance code. */
        public Builder facilityCode(String facilityCode) {
            this.facilityCode = facilityCode;
            return this;
        }

        /** The facility's signing key (PKCS#12, PKCS#11 token or remote), used through sdk-signature. */
        public Builder signingKey(SigningKey key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * How {@code GIOITINHVAL} codes sex: the spec text says {@code 0} Nam, {@code 1} Nữ (the default); its own
         * sample contradicts it, so both codes are configurable.
         */
        public Builder genderCodes(String male, String female) {
            this.maleCode = Objects.requireNonNull(male, "male");
            this.femaleCode = Objects.requireNonNull(female, "female");
            return this;
        }

        public HealthCertificateClient build() {
            credentials(UsernamePassword.class)
                    .ifPresent(c -> login(EgwLogin.of(c.username(), c.password().toCharArray())));
            if (login == null || key == null || facilityCode == null || !facilityCode.matches("[0-9A-Za-z]{5}")) {
                throw new EgovClientException("HealthCertificateClient needs login, signingKey and a 5-character"
                        + " facilityCode / cần tài khoản, khóa ký và mã cơ sở KCB (5 ký tự)");
            }
            return new HealthCertificateClient(clientConfigBelowEndpoint(), this);
        }
    }
}
