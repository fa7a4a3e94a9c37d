package io.github.egovsdk.edoc.vxp;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.LocalStorageException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.auth.SystemCredentials;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.edoc.internal.LocalFileOutput;
import io.github.egovsdk.edoc.internal.VxpResponses;
import io.github.egovsdk.thirdparty.jackson.core.JacksonException;
import io.github.egovsdk.thirdparty.jackson.core.JsonParser;
import io.github.egovsdk.thirdparty.jackson.core.JsonToken;
import io.github.egovsdk.thirdparty.jackson.core.exc.JacksonIOException;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Client of the national document axis' VXP HTTP API (Trục liên thông văn bản quốc gia): send documents and status
 * messages, list and download received packages, acknowledge them, follow delivery. Requests are signed with
 * {@link VxpHmacSigner} (set it as {@code credentials}); files stream both ways.
 *
 * <p>Immutable and thread-safe; {@link #close()} releases its connections.
 *
 * <p>Example:
 * <pre>{@code
 * try (VxpClient axis = VxpClient.builder()
 *         .endpoint("https://axis.example.gov.vn/")
 *         .credentials(new VxpHmacSigner(systemId, secret))
 *         .build()) {
 *     SendResult sent = axis.sendDocument(Path.of("cong-van.edxml"), "000.00.00.H27");
 *     for (ReceivedPackage p : axis.listReceived(MessageType.EDOC)) {
 *         Path file = axis.download(p.docId(), Path.of("inbox", p.docId() + ".edxml"));
 *         axis.updateStatus(p.docId(), TransportStatus.DONE);
 *     }
 * }
 * }</pre>
 */
public final class VxpClient implements AutoCloseable {
    private static final String P = VxpHmacSigner.PREFIX;
    private final HttpPipeline pipeline;
    private final URI endpoint;

    private VxpClient(ClientConfig config) {
        this.endpoint = config.endpoint();
        this.pipeline = HttpPipeline.create(config, VxpResponses::decode);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends an edXML document ({@code sendEdoc}, {@code messagetype=edoc}) from a registered agency. Not retried on
     * failure: the axis has no idempotency key and a retry could deliver twice.
     *
     * @throws io.github.egovsdk.core.EgovTransportException with {@code outcomeUnknown()} true (and
     *         {@code isRetryable()} false) when the package may have reached the axis before the failure: reconcile
     *         by the edXML DocumentId (the recipients' status 01) before sending again, never resend blindly
     */
    public SendResult sendDocument(Path edxml, String fromOrganId) {
        return send(edxml, fromOrganId, MessageType.EDOC);
    }

    /** Sends a status message ({@code messagetype=status}); the axis routes it to the original sender. */
    public SendResult sendStatus(Path edxml, String fromOrganId) {
        return send(edxml, fromOrganId, MessageType.STATUS);
    }

    private SendResult send(Path edxml, String fromOrganId, MessageType type) {
        if (fromOrganId == null || fromOrganId.isBlank()) {
            throw new EgovClientException("The sending agency (from) is required / Thiếu mã đơn vị gửi");
        }
        byte[] sha = sha256(edxml);
        RequestBody body = new FileThenCrlf(edxml);
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, endpoint.resolve("sendEdoc"))
                .header("Content-Type", "application/octet-stream")
                .header(P + "from", fromOrganId)
                .header(P + "servicetype", "eDoc")
                .header(P + "messagetype", type.wire())
                .header(P + "hash-file", VxpHmacSigner.officialHashFileHex(sha))
                .body(body)
                .operation("sendEdoc")
                .build();
        JsonNode json = call(request);
        return new SendResult(VxpResponses.text(json, "DocId"), HexFormat.of().formatHex(sha));
    }

    /** Packages waiting for this node ({@code getReceivedEdocList}). */
    public List<ReceivedPackage> listReceived(MessageType type) {
        JsonNode json = call(post("getReceivedEdocList", Map.of("servicetype", "eDoc", "messagetype", type.wire())));
        List<ReceivedPackage> out = new ArrayList<>();
        for (JsonNode d : json.path("data")) {
            String status = text(d, "status");
            out.add(new ReceivedPackage(
                    text(d, "docId"),
                    MessageType.fromCode(text(d, "messageType")).orElse(type),
                    text(d, "from"),
                    text(d, "to"),
                    TransportStatus.fromCode(status).orElse(null),
                    status,
                    text(d, "created_time")));
        }
        return out;
    }

    /**
     * Downloads a package ({@code getEdoc}) to {@code target}, decoding the base64 {@code data} field while it
     * streams in (never holding it whole); written atomically. Returns the target.
     */
    public Path download(String docId, Path target) {
        HttpRequest request = post("getEdoc", Map.of("docId", requireDocId(docId)));
        Path tmp = tempSibling(target);
        try (HttpResponse response = pipeline.send(request)) {
            String status = null;
            String code = null;
            String desc = null;
            boolean gotData = false;
            try (InputStream in = response.body();
                    JsonParser parser = EgovJson.mapper().createParser(in)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new EgovServiceException(
                            response.statusCode(),
                            "UNPARSABLE",
                            "getEdoc did not answer" + " with a JSON object",
                            null,
                            null);
                }
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    switch (field) {
                        case "data" -> {
                            try (LocalFileOutput out = LocalFileOutput.open(tmp)) {
                                parser.readBinaryValue(out);
                            }
                            gotData = true;
                        }
                        case "status" -> status = parser.getString();
                        case "ErrorCode" -> code = parser.getString();
                        case "ErrorDesc" -> desc = parser.getString();
                        default -> parser.skipChildren();
                    }
                }
            }
            if (!"0".equals(code) || "FAIL".equalsIgnoreCase(status) || !gotData) {
                throw new EgovServiceException(
                        response.statusCode(), code, desc == null ? "getEdoc returned no data" : desc, null, null);
            }
            moveInto(tmp, target);
            return target;
        } catch (IOException | JacksonIOException e) {
            // Jackson wraps the I/O errors of the stream it reads (reset, malformed chunk) in JacksonIOException;
            // the local file's own failures are LocalStorageExceptions (LocalFileOutput), never caught here
            throw new EgovTransportException("Download of package " + docId + " failed: " + e.getMessage(), e, false);
        } catch (JacksonException e) {
            throw new EgovServiceException(
                    200,
                    "UNPARSABLE",
                    "getEdoc answered with a body that is not valid JSON: " + e.getOriginalMessage()
                            + " / Trục trả về dữ liệu không phải JSON",
                    null,
                    null);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Downloads a package as raw edXML ({@code GET downloadEdoc}, API 2.0.1), streamed to {@code target}. */
    public Path downloadRaw(String docId, Path target) {
        HttpRequest request = HttpRequest.builder(HttpMethod.GET, endpoint.resolve("downloadEdoc"))
                .header(P + "docId", requireDocId(docId))
                .operation("downloadEdoc")
                .build();
        Path tmp = tempSibling(target);
        try (HttpResponse response = pipeline.send(request);
                LocalFileOutput out = LocalFileOutput.open(tmp)) {
            // a network failure is an EgovTransportException (transferTo), a disk one a LocalStorageException
            response.transferTo(out);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        try {
            moveInto(tmp, target);
            return target;
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void moveInto(Path tmp, Path target) {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw LocalStorageException.writing(target, e);
        }
    }

    /** Acknowledges a received package at transport level ({@code updateStatus}); idempotent. */
    public void updateStatus(String docId, TransportStatus status) {
        call(post("updateStatus", Map.of("docId", requireDocId(docId), "status", status.wire())));
    }

    /** Per-recipient delivery of a package this node sent ({@code getSentEdocList}). */
    public List<SentDelivery> sentDeliveries(String docId) {
        JsonNode json = call(post(
                "getSentEdocList", Map.of("servicetype", "eDoc", "messagetype", "edoc", "docId", requireDocId(docId))));
        List<SentDelivery> out = new ArrayList<>();
        for (JsonNode d : json.path("data")) {
            out.add(new SentDelivery(
                    text(d, "toCode"),
                    text(d, "receiverDocId"),
                    text(d, "sendStatus"),
                    text(d, "receiveStatus"),
                    text(d, "receiveStatusDesc"),
                    text(d, "receivedTime")));
        }
        return out;
    }

    /** Number of documents ({@code countReceiveEdoc}) or status messages ({@code countReceiveStatus}) waiting. */
    public long countReceived(MessageType type) {
        String method = type == MessageType.EDOC ? "countReceiveEdoc" : "countReceiveStatus";
        return call(post(method, Map.of())).path("count").asLong();
    }

    private HttpRequest post(String method, Map<String, String> params) {
        HttpRequest.Builder b = HttpRequest.builder(HttpMethod.POST, endpoint.resolve(method))
                .operation(method)
                .header("Content-Type", "application/json")
                .body(RequestBody.ofString("{}", "application/json"))
                // Reads and acknowledgements are safe to repeat: allow retries with a key kept across attempts.
                .idempotencyKey("vxp-" + method + "-" + UUID.randomUUID());
        params.forEach((k, v) -> b.header(P + k, v));
        return b.build();
    }

    private JsonNode call(HttpRequest request) {
        try (HttpResponse response = pipeline.send(request)) {
            return VxpResponses.check(response.statusCode(), response.bodyAsString(64 << 20), response.headers());
        }
    }

    private static String text(JsonNode node, String field) {
        return VxpResponses.text(node, field);
    }

    private static String requireDocId(String docId) {
        if (docId == null || docId.isBlank()) {
            throw new EgovClientException("docId (the axis package id) is required");
        }
        return docId;
    }

    private static byte[] sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return ((DigestInputStream) in).getMessageDigest().digest();
        } catch (IOException e) {
            throw LocalStorageException.reading(file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempSibling(Path target) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw LocalStorageException.writing(target, e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a hidden .part file at worst
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** The raw edXML bytes followed by CRLF, as the official SDK sends them; replayable (a file). */
    private static final class FileThenCrlf implements RequestBody {
        private final Path file;
        private final long length;

        FileThenCrlf(Path file) {
            this.file = file;
            try {
                this.length = Files.size(file) + 2;
            } catch (IOException e) {
                throw LocalStorageException.reading(file, e);
            }
        }

        @Override
        public String contentType() {
            return "application/octet-stream";
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public boolean isReplayable() {
            return true;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            Files.copy(file, out);
            out.write(new byte[] {'\r', '\n'});
        }
    }

    /** Builder of {@link VxpClient}: {@code endpoint} (e.g. {@code https://axis.example.gov.vn/}) and credentials. */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private Builder() {}

        /** The agency's system id and secret ({@code Credentials.system}), or a signer ({@link VxpHmacSigner}). */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(SystemCredentials.class, RequestSigner.class);
        }

        public VxpClient build() {
            credentials(SystemCredentials.class)
                    .ifPresent(c -> credentials(new VxpHmacSigner(c.systemId(), c.secret())));
            var config = clientConfigBelowEndpoint();
            return new VxpClient(config);
        }
    }
}
