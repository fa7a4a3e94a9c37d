package io.github.egovsdk.dvc.portal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
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
import io.github.egovsdk.core.validation.Validation;
import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.internal.DossierReader;
import io.github.egovsdk.dvc.internal.DossierWire;
import io.github.egovsdk.dvc.internal.Json;
import io.github.egovsdk.dvc.internal.PortalDates;
import io.github.egovsdk.dvc.internal.PortalReplies;
import io.github.egovsdk.dvc.internal.PortalReplies.Reply;
import io.github.egovsdk.dvc.internal.ProcedureWire;
import io.github.egovsdk.dvc.procedure.Procedure;
import io.github.egovsdk.dvc.procedure.Sector;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Client of the national public-service portal's integration adapter (DVCQG, as OpenCPS and the Thanh Hóa DVC system
 * call it): {@code POST {endpoint}login} with header {@code dstcode} gives a session; every service is a {@code POST
 * {endpoint}api} of {@code {"session","madonvi","service",…}}. The session is obtained on first use and renewed
 * transparently: when the portal says it is unknown or expired (HTTP 401 or {@code error_code} 401) the client logs in
 * again once and repeats the call. Success is {@code error_code == 0} only; any other answer is an
 * {@link EgovServiceException} with the portal's code and (Vietnamese) message.
 *
 * <p>Dossier sync is an upsert keyed by the dossier code, so it is retried on connection failures: a retried insert
 * that the portal had already stored comes back as "already exists" and is sent again as an update — the portal never
 * holds the dossier twice. Progress updates append steps and are not retried.
 *
 * <p>Immutable and thread-safe (the session is shared, renewed by one thread at a time); {@link #close()} releases
 * its connections.
 *
 * <p>Example:
 * <pre>{@code
 * try (PortalClient portal = PortalClient.builder()
 *         .endpoint("https://adapter.example.gov.vn/dvcqg/")
 *         .login(username, password)                                  // never logged
 *         .dstCode("000.00.00.H27").agencyCode("000.00.00.H27")
 *         .build()) {
 *     SyncOutcome outcome = portal.sync(dossier);                     // an upsert: CREATED or UPDATED
 *     portal.updateProgress(ProgressUpdate.of(dossier.code(), "Trần Thị B", "Thụ lý",
 *             DossierStatus.PROCESSING, LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))));
 *     Optional<PortalDossier> onPortal = portal.lookup(dossier.code());
 * }
 * }</pre>
 */
public final class PortalClient implements AutoCloseable {
    private static final int MAX_BODY = 32 << 20;
    private static final Set<String> PROCEDURE_SUMMARY_KNOWN = Set.of("MATTHC", "MaTTHC", "TENTTHC", "TenTTHC");
    private final HttpPipeline pipeline;
    private final URI loginUri;
    private final URI apiUri;
    private final String username;
    private final String password;
    private final String dstCode;
    private final String agencyCode;
    private final int progressChunk;
    private final Object sessionLock = new Object();
    private volatile String session;

    private PortalClient(ClientConfig config, Builder b) {
        this.pipeline = HttpPipeline.create(config, PortalReplies::decode);
        this.loginUri = config.endpoint().resolve(b.loginPath);
        this.apiUri = config.endpoint().resolve(b.apiPath);
        this.username = b.username;
        this.password = b.password;
        this.dstCode = b.dstCode;
        this.agencyCode = b.agencyCode;
        this.progressChunk = b.progressChunk;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates or updates a dossier on the portal ({@code DongBoHoSoMC}), keyed by its code: sent as an insert; if the
     * portal already has the code, sent again as an update. Safe to retry. The dossier is validated first.
     *
     * @return whether the portal created or updated it
     */
    public SyncOutcome sync(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        Validation.validate(dossier, "dossier " + dossier.code());
        Reply insert = exchange("DongBoHoSoMC", syncParams(dossier, false), true);
        if (insert.ok()) {
            return SyncOutcome.CREATED;
        }
        if (!insert.alreadyExists()) {
            throw insert.toException();
        }
        Reply update = exchange("DongBoHoSoMC", syncParams(dossier, true), true);
        if (!update.ok()) {
            throw update.toException();
        }
        return SyncOutcome.UPDATED;
    }

    private static ObjectNode syncParams(Dossier dossier, boolean updating) {
        ObjectNode p = Json.object();
        p.put("isUpdating", updating ? "True" : "False");
        p.putArray("data").add(DossierWire.write(dossier));
        return p;
    }

    /**
     * Reports processing steps ({@code CapNhatTienDoHoSoMC}), in chunks of the configured size. Not retried after a
     * transport failure (the portal appends steps; a blind retry could record one twice).
     */
    public void updateProgress(List<ProgressUpdate> steps) {
        List<ProgressUpdate> all = List.copyOf(steps);
        all.forEach(s -> Validation.validate(s, "progress of " + s.dossierCode()));
        for (int from = 0; from < all.size(); from += progressChunk) {
            ObjectNode p = Json.object();
            ArrayNode data = p.putArray("data");
            for (ProgressUpdate s : all.subList(from, Math.min(all.size(), from + progressChunk))) {
                ObjectNode x = data.addObject();
                Json.put(x, "MaHoSo", s.dossierCode());
                Json.put(x, "NguoiXuLy", s.handler());
                Json.put(x, "ChucDanh", s.title());
                Json.put(x, "ThoiDiemXuLy", PortalDates.format(s.at()));
                Json.put(x, "PhongBanXuLy", s.department());
                Json.put(x, "NoiDungXuLy", s.content());
                Json.put(
                        x,
                        "TrangThai",
                        s.status() == null ? null : String.valueOf(s.status().code()));
                Json.put(x, "NgayBatDau", PortalDates.format(s.startedAt()));
                Json.put(x, "NgayKetThucTheoQuyDinh", PortalDates.format(s.dueAt()));
            }
            call("CapNhatTienDoHoSoMC", p, false);
        }
    }

    /** One processing step; see {@link #updateProgress(List)}. */
    public void updateProgress(ProgressUpdate step) {
        updateProgress(List.of(step));
    }

    /** Looks a dossier up by its code ({@code TraCuuHoSo}); empty when the portal does not know it. */
    public Optional<PortalDossier> lookup(String dossierCode) {
        require(dossierCode, "dossierCode", "Mã hồ sơ");
        ObjectNode p = Json.object().put("mahoso", dossierCode.strip());
        JsonNode result = call("TraCuuHoSo", p, true).path("result");
        JsonNode first = result.isArray() ? result.path(0) : result;
        return first.isObject() ? Optional.of(DossierReader.read(first)) : Optional.empty();
    }

    /** The portal Q&amp;A sync (hỏi đáp) on this client's session. */
    public PortalQa qa() {
        return new PortalQa(this);
    }

    /** The agencies catalogue ({@code LayDanhMucCoQuan}). */
    public List<Agency> agencies() {
        List<Agency> out = new ArrayList<>();
        for (JsonNode a : list("LayDanhMucCoQuan", Json.object())) {
            out.add(new Agency(Json.text(a, "MADONVI", "MaDonVi"), Json.text(a, "TENDONVI", "TenDonVi")));
        }
        return out;
    }

    /** The fields catalogue ({@code LayDanhMucLinhVuc}, lĩnh vực). */
    public List<Sector> sectors() {
        List<Sector> out = new ArrayList<>();
        for (JsonNode s : list("LayDanhMucLinhVuc", Json.object())) {
            out.add(new Sector(Json.text(s, "MALINHVUC", "MaLinhVuc"), Json.text(s, "TENLINHVUC", "TenLinhVuc")));
        }
        return out;
    }

    /** The procedures list ({@code LayDanhSachTTHC}). */
    public List<ProcedureSummary> procedures() {
        List<ProcedureSummary> out = new ArrayList<>();
        for (JsonNode s : list("LayDanhSachTTHC", Json.object())) {
            out.add(new ProcedureSummary(
                    Json.text(s, "MATTHC", "MaTTHC"),
                    Json.text(s, "TENTTHC", "TenTTHC"),
                    DossierReader.others(s, PROCEDURE_SUMMARY_KNOWN)));
        }
        return out;
    }

    /**
     * One procedure's details ({@code LayThuTuc}); empty when unknown. Built from the portal's data without this
     * SDK's validation (the online service level is not in {@code LayThuTuc} and stays null).
     */
    public Optional<Procedure> procedure(String procedureCode) {
        require(procedureCode, "procedureCode", "Mã TTHC");
        JsonNode result = call("LayThuTuc", Json.object().put("maTTHC", procedureCode.strip()), true)
                .path("result");
        JsonNode first = result.isArray() ? result.path(0) : result;
        return first.isObject() ? Optional.of(ProcedureWire.read(procedureCode.strip(), first)) : Optional.empty();
    }

    /**
     * The DVCQG {@code TechID} of the account registered with a personal ID, CMND or tax number
     * ({@code TraCuuTechID}); empty when there is none. Use it as the applicant's {@code MaDoiTuong}.
     */
    public Optional<String> techId(String idOrTaxNumber) {
        require(idOrTaxNumber, "idOrTaxNumber", "Số định danh / mã số thuế");
        JsonNode result = call("TraCuuTechID", Json.object().put("mstorcmnd", idOrTaxNumber.strip()), true)
                .path("result");
        JsonNode first = result.isArray() ? result.path(0) : result;
        String id = first.isValueNode() ? first.asString() : Json.text(first, "TechID", "techId", "TECHID");
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(id.strip());
    }

    private Iterable<JsonNode> list(String service, ObjectNode params) {
        JsonNode result = call(service, params, true).path("result");
        return result.isArray() ? result : List.of();
    }

    /** One service call on the session (also used by {@link PortalQa}). */
    JsonNode call(String service, ObjectNode params, boolean retrySafe) {
        Reply r = exchange(service, params, retrySafe);
        if (!r.ok()) {
            throw r.toException();
        }
        return r.json();
    }

    /** Sends one service call with the current session; on an expired session logs in again once and repeats. */
    private Reply exchange(String service, ObjectNode params, boolean retrySafe) {
        String used = currentSession();
        Reply r = send(service, params, used, retrySafe);
        if (r.sessionExpired()) {
            r = send(service, params, renewSession(used), retrySafe);
        }
        return r;
    }

    private Reply send(String service, ObjectNode params, String sessionId, boolean retrySafe) {
        ObjectNode body = Json.object();
        body.put("session", sessionId);
        Json.put(body, "madonvi", agencyCode);
        body.put("service", service);
        body.setAll(params);
        HttpRequest.Builder rb = HttpRequest.builder(HttpMethod.POST, apiUri)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("dstcode", dstCode)
                .body(RequestBody.ofBytes(EgovJson.write(body), "application/json; charset=UTF-8"));
        if (retrySafe) {
            rb.idempotencyKey("dvcqg-" + service + "-" + UUID.randomUUID());
        }
        try (HttpResponse response = pipeline.send(rb.build())) {
            return PortalReplies.parse(response.statusCode(), response.bodyAsString(MAX_BODY), response.headers());
        } catch (EgovServiceException e) {
            if (e.statusCode() == 401) {
                return PortalReplies.fromException(e);
            }
            throw e;
        }
    }

    private String currentSession() {
        String s = session;
        return s != null ? s : renewSession(null);
    }

    /** Logs in unless another thread already replaced the stale session. */
    private String renewSession(String stale) {
        synchronized (sessionLock) {
            if (session != null && !session.equals(stale)) {
                return session;
            }
            session = login();
            return session;
        }
    }

    private String login() {
        ObjectNode body = Json.object().put("username", username).put("password", password);
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, loginUri)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("dstcode", dstCode)
                .body(RequestBody.ofBytes(EgovJson.write(body), "application/json; charset=UTF-8"))
                .idempotencyKey("dvcqg-login-" + UUID.randomUUID())
                .build();
        Reply r;
        try (HttpResponse response = pipeline.send(request)) {
            r = PortalReplies.parse(response.statusCode(), response.bodyAsString(1 << 20), response.headers());
        }
        String s = r.json() == null ? null : Json.text(r.json(), "session");
        if (!r.ok() || s == null || s.isBlank()) {
            throw r.toException();
        }
        return s;
    }

    private static void require(String value, String field, String vietnamese) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(
                    field,
                    List.of(new Violation(
                            field, "NotBlank", field + " is required / " + vietnamese + " là bắt buộc", null)));
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /**
     * Builder of {@link PortalClient}: {@code endpoint} (the adapter's base URL), the account ({@link #login}), the
     * {@code dstcode} header and the agency code ({@code madonvi}); paths default to {@code login} and {@code api}.
     */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String username;
        private String password;
        private String dstCode;
        private String agencyCode;
        private String loginPath = "login";
        private String apiPath = "api";
        private int progressChunk = 50;

        private Builder() {}

        /** The adapter account: {@code Credentials.usernamePassword(...)}, the same as {@link #login}. */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(UsernamePassword.class);
        }

        /** The adapter account (secret: never logged). */
        public Builder login(String username, String password) {
            this.username = username;
            this.password = password;
            return this;
        }

        /** The {@code dstcode} header the adapter requires. */
        public Builder dstCode(String dstCode) {
            this.dstCode = dstCode;
            return this;
        }

        /** The agency code sent as {@code madonvi} (mã đơn vị); often the same as {@code dstcode}. */
        public Builder agencyCode(String agencyCode) {
            this.agencyCode = agencyCode;
            return this;
        }

        /** Path of the login call, relative to the endpoint ({@code auth_endpoint}); default {@code login}. */
        public Builder loginPath(String loginPath) {
            this.loginPath = loginPath;
            return this;
        }

        /** Path of the service calls, relative to the endpoint ({@code integration_endpoint}); default {@code api}. */
        public Builder apiPath(String apiPath) {
            this.apiPath = apiPath;
            return this;
        }

        /** Progress steps per call (the portal takes them in chunks); default 50. */
        public Builder progressChunkSize(int size) {
            this.progressChunk = size;
            return this;
        }

        public PortalClient build() {
            credentials(UsernamePassword.class).ifPresent(c -> login(c.username(), c.password()));
            ClientConfig config = clientConfigBelowEndpoint();
            if (username == null || username.isBlank() || password == null || password.isEmpty()) {
                throw new EgovClientException("PortalClient needs credentials(Credentials.usernamePassword(...)) or"
                        + " login(username, password) / Thiếu tài khoản kết nối"
                        + " Cổng DVCQG");
            }
            if (dstCode == null || dstCode.isBlank()) {
                throw new EgovClientException("PortalClient needs dstCode (the dstcode header) / Thiếu dstcode");
            }
            if (progressChunk < 1) {
                throw new EgovClientException("progressChunkSize must be at least 1, was " + progressChunk);
            }
            return new PortalClient(config, this);
        }
    }
}
