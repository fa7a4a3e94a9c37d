package io.github.egovsdk.dvc.results;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.dvc.internal.Json;
import io.github.egovsdk.thirdparty.jackson.core.JacksonException;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client of the national portal's results store (kho số hóa / kho quản lý dữ liệu điện tử, interconnected-services
 * §2.1–2.2): a citizen's result documents by their personal ID, and a file's bytes. The production system calls a
 * provincial relay (paths configured, no auth header; set {@code credentials} if yours needs one). The reply's
 * {@code errorCode} values are unpublished: {@code "0"} is taken as success, anything else is an
 * {@link EgovServiceException}; the {@code signature} over the reply (algorithm unpublished) is not checked.
 * Personal IDs are masked in logs. Immutable and thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * try (DigitisedResultsClient store = DigitisedResultsClient.builder()
 *         .endpoint("https://khoso.example.gov.vn/").build()) {
 *     for (DigitisedResult r : store.results(ResultsQuery.ownedBy(personalId, name))) {
 *         List<byte[]> files = store.files(r);                       // the result documents, decoded
 *     }
 * }
 * }</pre>
 */
public final class DigitisedResultsClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DigitisedResultsClient.class);
    private static final int MAX_LIST = 8 << 20;
    private final HttpPipeline pipeline;
    private final URI listUri;
    private final URI fileUri;
    private final int maxFile;

    private DigitisedResultsClient(ClientConfig config, Builder b) {
        this.pipeline = HttpPipeline.create(config);
        this.listUri = config.endpoint().resolve(b.listPath);
        this.fileUri = config.endpoint().resolve(b.filePath);
        this.maxFile = b.maxFileBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The owner's result documents ({@code POST} list). */
    public List<DigitisedResult> results(ResultsQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.ownerId() == null || !query.ownerId().strip().matches("[0-9]{9}|[0-9]{12}")) {
            throw new EgovClientException("SoDinhDanhChuSoHuu must be a 12-digit personal ID or a 9-digit CMND / Số"
                    + " định danh chủ sở hữu không hợp lệ");
        }
        ObjectNode body = Json.object();
        body.put("SoDinhDanhChuSoHuu", query.ownerId().strip());
        Json.put(body, "HoTenNguoiYeuCau", query.requesterName());
        Json.put(body, "KenhThucHien", query.channel());
        Json.put(body, "SoDinhDanhNguoiYeuCau", query.requesterId());
        Json.put(body, "MaThuTuc", query.procedureCode());
        var filter = body.putArray("DanhSachDanhMucKetQua");
        query.resultCodes().forEach(c -> filter.addObject().put("MaKetQua", c).put("SoKyHieu", ""));
        JsonNode reply = EgovJson.tryParse(post(listUri, body, MAX_LIST));
        if (reply == null || !"0".equals(Json.text(reply, "errorCode"))) {
            throw new EgovServiceException(
                    200,
                    reply == null ? null : Json.text(reply, "errorCode"),
                    reply == null ? "not JSON" : Redactor.redact(Json.text(reply, "message")),
                    null,
                    null);
        }
        List<DigitisedResult> out = new ArrayList<>();
        for (JsonNode d : reply.path("result").path("DanhSachGiayToKetQua")) {
            List<DigitisedResult.StoredFile> files = new ArrayList<>();
            d.path("DanhSachTepDinhKem")
                    .forEach(f -> files.add(
                            new DigitisedResult.StoredFile(Json.text(f, "TenTep"), Json.text(f, "DuongDan"))));
            out.add(new DigitisedResult(
                    Json.text(d, "MaKetQua"),
                    Json.text(d, "TenGiayTo"),
                    Json.text(d, "SoKyHieu"),
                    Json.text(d, "CoQuanChuQuan"),
                    files));
        }
        LOG.debug("Results store: {} document(s) for {}", out.size(), Redactor.maskPersonalId(query.ownerId()));
        return out;
    }

    /** A stored file's bytes: the reply is a JSON string of base64; empty means the store could not give it. */
    public byte[] file(String agency, String path) {
        if (agency == null || path == null) {
            throw new EgovClientException(
                    "CoQuanChuQuan and DuongDan are required / Thiếu cơ quan chủ quản hoặc" + " đường dẫn");
        }
        ObjectNode body = Json.object().put("CoQuanChuQuan", agency).put("DuongDan", path);
        String b64 = jsonString(post(fileUri, body, maxFile / 3 * 4 + 16));
        if (b64.isBlank()) {
            throw new EgovServiceException(
                    200,
                    null,
                    "Có lỗi xảy ra khi lấy tệp đính kèm từ DVCQG / the store" + " returned no file",
                    null,
                    null);
        }
        try {
            return Base64.getMimeDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new EgovServiceException(200, null, "the store's file is not base64", null, null);
        }
    }

    /** The body as a JSON string's value (the store answers {@code "JVBERi0..."}); empty when it is not one. */
    private static String jsonString(String body) {
        String t = body == null ? "" : body.strip();
        if (!t.startsWith("\"")) {
            return "";
        }
        try {
            JsonNode n = EgovJson.mapper().readTree(t);
            return n.isString() ? n.asString() : "";
        } catch (JacksonException e) {
            return "";
        }
    }

    /** Every file of a result. */
    public List<byte[]> files(DigitisedResult result) {
        return result.files().stream().map(f -> file(result.agency(), f.path())).toList();
    }

    private String post(URI uri, ObjectNode body, int max) {
        HttpRequest r = HttpRequest.builder(HttpMethod.POST, uri)
                .header("Accept", "application/json")
                .body(RequestBody.ofBytes(EgovJson.write(body), "application/json; charset=utf-8"))
                .idempotencyKey("khoso-" + UUID.randomUUID())
                .build();
        try (HttpResponse response = pipeline.send(r)) {
            return response.bodyAsString(max);
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** Builder: {@code endpoint} (the relay's base URL), the list and file paths (configuration; placeholders). */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String listPath = "ketqua";
        private String filePath = "tep";
        private int maxFileBytes = 32 << 20;

        private Builder() {}

        /** {@code GetKetQuaGiayTo} and {@code GetGiayToByUrl} paths relative to the endpoint. */
        public Builder paths(String list, String file) {
            this.listPath = list;
            this.filePath = file;
            return this;
        }

        /** The largest file accepted; default 32 MiB. */
        public Builder maxFileBytes(int max) {
            this.maxFileBytes = max;
            return this;
        }

        public DigitisedResultsClient build() {
            return new DigitisedResultsClient(clientConfigBelowEndpoint(), this);
        }
    }
}
