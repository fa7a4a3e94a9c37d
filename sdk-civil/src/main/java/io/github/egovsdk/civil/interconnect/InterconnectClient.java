package io.github.egovsdk.civil.interconnect;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.internal.CivilJson;
import io.github.egovsdk.civil.internal.DvcltLogin;
import io.github.egovsdk.civil.internal.StatusWire;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.auth.UsernamePassword;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client of the interconnected-service software (phần mềm dịch vụ công liên thông, DVCLT) for a province's one-stop
 * system (Decree 63/2024/NĐ-CP): token, the list of dossiers waiting for the province, a dossier's detail (its
 * double-encoded payload decoded into a validated {@link InterconnectDossier}), the acknowledgement ("đã nhận hồ
 * sơ") and the status push ({@code trangThai} 1–7).
 *
 * <p>Only the detail path ({@code api/lienthongdvclt/hosolienthong/{id}}) is published; the token, list,
 * acknowledgement and status paths are configuration in the production systems that use them, so the builder's
 * defaults are placeholders to set from the province's connection sheet. Every call sends
 * {@code Accept: application/json}; all but the token call carry {@code Authorization: Bearer}. HTTP status codes
 * are not documented: the replies are judged by their bodies, as the production client does.
 *
 * <p>Immutable and thread-safe; personal data is never logged (codes only).
 *
 * <p>Example:
 * <pre>{@code
 * try (InterconnectClient dvclt = InterconnectClient.builder().endpoint("https://dvclt.example.gov.vn/")
 *         .login(user, password).build()) {
 *     for (PendingDossier p : dvclt.pending()) {
 *         InterconnectDossier d = dvclt.dossier(p.id());       // decoded and validated; typed errors otherwise
 *         dvclt.acknowledge(d.interconnectCode());
 *     }
 * }
 * }</pre>
 */
public final class InterconnectClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InterconnectClient.class);
    private static final int MAX_REPLY = 64 << 20;
    private final HttpPipeline pipeline;
    private final DvcltLogin login;
    private final URI base;
    private final String listPath;
    private final String detailPath;
    private final String ackPath;
    private final String statusPath;
    private final int agencyType;
    private final PayloadLimits limits;

    private InterconnectClient(ClientConfig config, Builder b) {
        this.base = config.endpoint();
        this.login = b.userName == null
                ? null
                : new DvcltLogin(config, base.resolve(b.tokenPath), b.userName, b.password, b.tokenLifetime);
        this.pipeline = HttpPipeline.create(
                login == null ? config : config.toBuilder().credentials(login).build());
        this.listPath = b.listPath;
        this.detailPath = b.detailPath;
        this.ackPath = b.ackPath;
        this.statusPath = b.statusPath;
        this.agencyType = b.agencyType;
        this.limits = b.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The dossiers waiting for the province ({@code GET} list → {@code {"data": [...]}}). */
    public List<PendingDossier> pending() {
        JsonNode reply = json(HttpMethod.GET, base.resolve(listPath), null, "list");
        List<PendingDossier> out = new ArrayList<>();
        for (JsonNode i : reply.path("data")) {
            out.add(new PendingDossier(
                    CivilJson.text(i, "id"),
                    CivilJson.text(i, "maDonVi"),
                    CivilJson.text(i, "maTTHC"),
                    CivilModule.fromCode(CivilJson.text(i, "module")).orElse(null),
                    CivilJson.text(i, "maHoSo"),
                    CivilJson.text(i, "ngayTiepNhan"),
                    CivilJson.text(i, "techId")));
        }
        LOG.debug("DVCLT list: {} dossier(s) waiting", out.size());
        return out;
    }

    /**
     * A dossier's detail, decoded and validated.
     *
     * @throws io.github.egovsdk.civil.registration.PayloadFormatException      when the payload cannot be read
     * @throws io.github.egovsdk.civil.registration.InvalidRegistrationException when a required field is missing
     */
    public InterconnectDossier dossier(String id) {
        DecodedDossier d = inspect(id);
        if (!d.valid()) {
            throw new InvalidRegistrationException(
                    "interconnected dossier " + d.dossier().interconnectCode(), d.problems());
        }
        return d.dossier();
    }

    /** A dossier's detail with its problems reported rather than thrown (for an operator's screen). */
    public DecodedDossier inspect(String id) {
        DecodedDossier d = InterconnectPayloads.inspect(raw(id), limits);
        return new DecodedDossier(d.dossier().withDvcltId(id), d.problems(), d.warnings());
    }

    private String raw(String id) {
        require(id, "id");
        URI uri = base.resolve(detailPath.replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.builder(HttpMethod.GET, uri)
                .header("Accept", "application/json")
                .build();
        try (HttpResponse response = pipeline.send(request)) {
            return response.bodyAsString(MAX_REPLY);
        }
    }

    /**
     * Tells the DVCLT software the province has the dossier ({@code PUT {"maHoSo", "daNhan": true}}); success is a
     * reply containing "cập nhật thành công" (any case). Safe to repeat: a one-stop system re-sends it whenever it
     * meets a dossier it already holds.
     */
    public void acknowledge(String interconnectCode) {
        require(interconnectCode, "maHoSo");
        var body = CivilJson.object().put("maHoSo", interconnectCode).put("daNhan", true);
        String reply = text(HttpMethod.PUT, base.resolve(ackPath), CivilJson.bytes(body));
        if (!reply.toLowerCase(Locale.ROOT).contains("cập nhật thành công")) {
            throw new EgovServiceException(
                    200,
                    null,
                    "DVCLT did not confirm the acknowledgement: " + Redactor.redact(excerpt(reply)),
                    null,
                    null);
        }
        LOG.debug("DVCLT acknowledged {}", interconnectCode);
    }

    /**
     * Pushes one status. The reply — success or not, whatever its HTTP status — is classified by its text, as the
     * production one-stop client does: {@link StatusPushOutcome#DONE} (accepted, or already beyond this status), {@link
     * StatusPushOutcome#RETRY} (transient or unknown) or {@link StatusPushOutcome#FAILED} (refused for good).
     * Transport failures throw {@link io.github.egovsdk.core.EgovTransportException}: keep the status and retry.
     */
    public StatusPushResult pushStatus(StatusUpdate update) {
        Objects.requireNonNull(update, "update");
        byte[] body = CivilJson.bytes(StatusWire.body(update, agencyType));
        String reply;
        try {
            reply = text(HttpMethod.POST, base.resolve(statusPath), body);
        } catch (EgovServiceException e) {
            reply = e.bodyExcerpt().orElse(e.serviceMessage().orElse("server error"));
            if (e.statusCode() >= 500 && !reply.toLowerCase(Locale.ROOT).contains("server error")) {
                reply = reply + " server error";
            }
        }
        StatusPushResult result = StatusWire.classify(reply);
        LOG.debug("DVCLT status {} for {}: {}", update.status().code(), update.interconnectCode(), result.outcome());
        return result;
    }

    private JsonNode json(HttpMethod method, URI uri, byte[] body, String what) {
        String reply = text(method, uri, body);
        JsonNode n = CivilJson.parse(reply);
        if (n == null || !n.isObject()) {
            throw new EgovServiceException(
                    200, null, "DVCLT " + what + " reply is not a JSON object", null, Redactor.redact(excerpt(reply)));
        }
        return n;
    }

    private String text(HttpMethod method, URI uri, byte[] body) {
        HttpRequest.Builder rb = HttpRequest.builder(method, uri).header("Accept", "application/json");
        if (body != null) {
            rb.body(RequestBody.ofBytes(body, "application/json; charset=utf-8"));
            if (method == HttpMethod.POST) {
                rb.idempotencyKey("dvclt-" + UUID.randomUUID());
            }
        }
        try (HttpResponse response = pipeline.send(rb.build())) {
            return response.bodyAsString(MAX_REPLY);
        }
    }

    private static String excerpt(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new EgovClientException(field + " is required / " + field + " là bắt buộc");
        }
    }

    @Override
    public void close() {
        pipeline.close();
        if (login != null) {
            login.close();
        }
    }

    /**
     * Builder of {@link InterconnectClient}: {@code endpoint} (the DVCLT base URL), the account ({@link #login}),
     * and the paths (placeholders by default — set them from the province's connection sheet).
     */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String userName;
        private String password;
        private String tokenPath = "api/lienthongdvclt/token";
        private String listPath = "api/lienthongdvclt/hosolienthong";
        private String detailPath = "api/lienthongdvclt/hosolienthong/{id}";
        private String ackPath = "api/lienthongdvclt/hosolienthong/danhan";
        private String statusPath = "api/lienthongdvclt/hosolienthong/trangthai";
        private Duration tokenLifetime = Duration.ofMinutes(30);
        private int agencyType = 5;
        private PayloadLimits limits = PayloadLimits.DEFAULT;

        private Builder() {}

        /** The DVCLT account ({@code Credentials.usernamePassword}), or a {@link RequestSigner} of your own. */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(UsernamePassword.class, RequestSigner.class);
        }

        /** The DVCLT account ({@code userName}, {@code password}; the password is never logged). */
        public Builder login(String userName, String password) {
            this.userName = userName;
            this.password = password;
            return this;
        }

        /** Paths relative to the endpoint: token, list, acknowledgement, status (unpublished; configure them). */
        public Builder paths(String token, String list, String acknowledgement, String status) {
            this.tokenPath = token;
            this.listPath = list;
            this.ackPath = acknowledgement;
            this.statusPath = status;
            return this;
        }

        /** The detail path with {@code {id}}; default {@code api/lienthongdvclt/hosolienthong/{id}} (published). */
        public Builder detailPath(String detailPath) {
            this.detailPath = detailPath;
            return this;
        }

        /** How long a token is reused (its expiry format is unpublished); default 30 minutes. */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = lifetime;
            return this;
        }

        /** {@code coQuanXuLy} of status pushes: always 5 in the production client (meaning unpublished). */
        public Builder agencyType(int agencyType) {
            this.agencyType = agencyType;
            return this;
        }

        public Builder limits(PayloadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public InterconnectClient build() {
            credentials(UsernamePassword.class).ifPresent(c -> login(c.username(), c.password()));
            ClientConfig config = clientConfigBelowEndpoint();
            if (userName != null && (userName.isBlank() || password == null || password.isEmpty())) {
                throw new EgovClientException(
                        "InterconnectClient needs login(userName, password) / Thiếu tài khoản" + " kết nối DVCLT");
            }
            if (userName == null && config.credentials() == RequestSigner.none()) {
                throw new EgovClientException("InterconnectClient needs login(userName, password) or credentials"
                        + " / Thiếu tài khoản kết nối DVCLT");
            }
            if (!detailPath.contains("{id}")) {
                throw new EgovClientException("detailPath must contain {id}");
            }
            return new InterconnectClient(config, this);
        }
    }
}
