package io.github.egovsdk.dvc.payment;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.PartnerSecret;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.http.ServiceErrorDecoder;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.validation.Validation;
import io.github.egovsdk.dvc.internal.Json;
import io.github.egovsdk.dvc.internal.PaymentWire;
import io.github.egovsdk.dvc.internal.PortalReplies;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Client of the national payment platform (as public one-stop systems integrate it: Thanh Hóa, OpenCPS): {@link #init}
 * creates a
 * payment and returns the URL to send the payer to, {@link #query} asks for its status, {@link #verifyCallback}
 * authenticates the platform's callback, {@link #receipt} fetches the PDF e-receipt ({@code GET_BILL}). Every message
 * carries {@code MaXacThuc} ({@link PaymentMac}) with a 24-hour {@code ThoiGianGD} in Vietnam time from the
 * configured {@code clock}; received MACs are compared in constant time and a message whose MAC does not match is
 * rejected with {@link InvalidPaymentMacException} before anything is read from it.
 *
 * <p>{@code QUERY} and {@code GET_BILL} are retried on transient failures; {@code INIT} is not (a retried INIT whose
 * first attempt got through would be refused as a duplicate reference — create a new one instead). Optional bearer
 * authentication goes in {@code credentials}.
 *
 * <p>Immutable and thread-safe; {@link #close()} releases its connections.
 *
 * <p>Example:
 * <pre>{@code
 * try (PaymentClient payments = PaymentClient.builder()
 *         .endpoint("https://payment.example.gov.vn/api/")
 *         .partnerCode("DOITAC01").secret(secret).serverIp("10.0.0.5")
 *         .build()) {
 *     PaymentInit init = payments.init(PaymentOrder.of(dossier.code(), VndAmount.of(150_000)));
 *     // redirect the payer to init.paymentUrl(); keep init.reference() with the dossier
 *     PaymentResult paid = payments.verifyCallback(callbackBody);     // InvalidPaymentMacException if forged
 *     byte[] receiptPdf = payments.receipt(init.reference());         // the e-receipt (biên lai điện tử)
 * }
 * }</pre>
 */
public final class PaymentClient implements AutoCloseable {
    private static final int MAX_RECEIPT = 20 << 20;
    private final HttpPipeline pipeline;
    private final ClientConfig config;
    private final URI initUri;
    private final URI queryUri;
    private final URI receiptUri;
    private final String partner;
    private final String secret;
    private final String ip;
    private final String bank;

    private PaymentClient(ClientConfig config, Builder b) {
        this.config = config;
        this.pipeline = HttpPipeline.create(config, PortalReplies::decode);
        this.initUri = config.endpoint().resolve(b.initPath);
        this.queryUri = config.endpoint().resolve(b.queryPath);
        this.receiptUri = config.endpoint().resolve(b.receiptPath);
        this.partner = b.partnerCode;
        this.secret = b.secret;
        this.ip = b.serverIp;
        this.bank = b.bankCode;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a payment (INIT). The reference is {@code "dvc"} + the dossier code's letters and digits + the
     * timestamp, so each call makes a new one.
     *
     * @throws io.github.egovsdk.core.ValidationException for an invalid order (field and rule named)
     * @throws EgovServiceException when the platform refuses ({@code error_code} and message)
     */
    public PaymentInit init(PaymentOrder order) {
        Validation.validate(order, "payment order");
        String time = PaymentMac.timestamp(config.clock().instant());
        String reference = PaymentWire.reference(order.dossierCode(), time);
        ObjectNode body = PaymentWire.init(order, partner, reference, time, ip, bank, secret);
        JsonNode reply = post(initUri, body, false);
        JsonNode inner = reply.path("message").isObject()
                ? reply.path("message")
                : EgovJson.tryParse(Json.text(reply, "message"));
        String url = Json.text(inner == null ? reply : inner, "UrlThanhToan");
        if (url == null || url.isBlank()) {
            throw new EgovServiceException(
                    200,
                    "NO_URL",
                    "INIT succeeded without UrlThanhToan / Không nhận được" + " đường dẫn thanh toán",
                    null,
                    null);
        }
        return new PaymentInit(reference, URI.create(url.strip()), time);
    }

    /**
     * The payment's status (QUERY), in the callback shape, after verifying the reply's {@code MaXacThuc}.
     *
     * @throws InvalidPaymentMacException when the reply's MAC does not match
     */
    public PaymentResult query(String reference) {
        JsonNode reply = post(
                queryUri,
                PaymentWire.query(
                        "QUERY",
                        partner,
                        requireReference(reference),
                        PaymentMac.timestamp(config.clock().instant()),
                        secret),
                true);
        JsonNode shape = reply.has("MaLoi") ? reply : EgovJson.tryParse(Json.text(reply, "message"));
        if (shape == null || !shape.has("MaLoi")) {
            throw new EgovServiceException(
                    200,
                    "UNPARSABLE",
                    "QUERY reply without MaLoi / Bản tin QUERY không có" + " MaLoi",
                    null,
                    PortalReplies.excerpt(reply.toString()));
        }
        PaymentWire.verify(shape, PaymentWire.CALLBACK, secret);
        return PaymentWire.result(shape);
    }

    /**
     * Authenticates a callback the platform POSTed (its JSON body) and reads it. Pure: nothing is sent and nothing
     * changes; act on the result (mark the dossier paid) only after this returns, and check the amount and
     * reference against your order.
     *
     * @throws InvalidPaymentMacException when {@code MaXacThuc} does not match (or the body is not a JSON object)
     */
    public PaymentResult verifyCallback(String body) {
        JsonNode c = EgovJson.tryParse(body);
        if (c == null || !c.isObject()) {
            throw new InvalidPaymentMacException();
        }
        PaymentWire.verify(c, PaymentWire.CALLBACK, secret);
        return PaymentWire.result(c);
    }

    /**
     * The PDF e-receipt (biên lai điện tử) of a paid payment ({@code GET_BILL}).
     *
     * @throws EgovServiceException when the platform answers with an error instead of a PDF
     */
    public byte[] receipt(String reference) {
        ObjectNode body = PaymentWire.query(
                "GET_BILL",
                partner,
                requireReference(reference),
                PaymentMac.timestamp(config.clock().instant()),
                secret);
        try (HttpResponse response = pipeline.send(request(receiptUri, body, true));
                InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_RECEIPT + 1);
            if (bytes.length > MAX_RECEIPT) {
                throw new EgovServiceException(
                        response.statusCode(),
                        "TOO_LARGE",
                        "E-receipt larger than " + MAX_RECEIPT + " bytes",
                        ServiceErrorDecoder.requestIdOf(response.headers()),
                        null);
            }
            if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                PortalReplies.Reply r = PortalReplies.parse(response.statusCode(), text, response.headers());
                throw r.ok()
                        ? new EgovServiceException(
                                response.statusCode(),
                                "NOT_PDF",
                                "GET_BILL did not return a" + " PDF / Biên lai trả về không phải PDF",
                                r.requestId(),
                                PortalReplies.excerpt(text))
                        : r.toException();
            }
            return bytes;
        } catch (IOException e) {
            throw new EgovTransportException("Reading the e-receipt failed: " + e.getMessage(), e, false);
        }
    }

    private JsonNode post(URI uri, ObjectNode body, boolean retrySafe) {
        try (HttpResponse response = pipeline.send(request(uri, body, retrySafe))) {
            String text = response.bodyAsString(1 << 20);
            PortalReplies.Reply r = PortalReplies.parse(response.statusCode(), text, response.headers());
            if (r.json() != null && r.json().has("MaLoi") && r.code() == null) {
                return r.json(); // a QUERY reply in the callback shape, without error_code
            }
            if (!r.ok()) {
                throw r.toException();
            }
            return r.json();
        }
    }

    private static HttpRequest request(URI uri, ObjectNode body, boolean retrySafe) {
        HttpRequest.Builder b = HttpRequest.builder(HttpMethod.POST, uri)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(RequestBody.ofBytes(EgovJson.write(body), "application/json; charset=UTF-8"));
        if (retrySafe) {
            b.idempotencyKey("pay-" + UUID.randomUUID());
        }
        return b.build();
    }

    private static String requireReference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new ValidationException(
                    "reference",
                    List.of(new Violation(
                            "reference",
                            "NotBlank",
                            "MaThamChieu is required / Mã" + " tham chiếu là bắt buộc",
                            null)));
        }
        return reference.strip();
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /**
     * Builder of {@link PaymentClient}: {@code endpoint}, the partner code ({@code MaDoiTac}), the shared secret, the
     * server's IPv4 ({@code Ip}); paths default to {@code init}, {@code query}, {@code receipt}.
     */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String partnerCode;
        private String secret;
        private String serverIp;
        private String bankCode = "PAYMENT";
        private String initPath = "init";
        private String queryPath = "query";
        private String receiptPath = "receipt";

        private Builder() {}

        /** {@code MaDoiTac} and the {@code MaXacThuc} secret: {@code Credentials.partnerSecret(...)}. */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(PartnerSecret.class);
        }

        /** {@code MaDoiTac}. */
        public Builder partnerCode(String partnerCode) {
            this.partnerCode = partnerCode;
            return this;
        }

        /** The shared secret of {@code MaXacThuc} (never logged). */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /** The server's IPv4 address sent as {@code Ip}. */
        public Builder serverIp(String serverIp) {
            this.serverIp = serverIp;
            return this;
        }

        /** {@code MaNganHang} of INIT; default {@code PAYMENT} (the payer chooses on the platform). */
        public Builder bankCode(String bankCode) {
            this.bankCode = bankCode;
            return this;
        }

        /** {@code InitUrl}, relative to the endpoint. */
        public Builder initPath(String path) {
            this.initPath = path;
            return this;
        }

        /** {@code CheckConfirmUrl} (QUERY), relative to the endpoint. */
        public Builder queryPath(String path) {
            this.queryPath = path;
            return this;
        }

        /** {@code InitReceiptUrl} (GET_BILL), relative to the endpoint. */
        public Builder receiptPath(String path) {
            this.receiptPath = path;
            return this;
        }

        public PaymentClient build() {
            credentials(PartnerSecret.class)
                    .ifPresent(c -> partnerCode(c.partnerCode()).secret(c.secret()));
            ClientConfig config = clientConfigBelowEndpoint();
            if (partnerCode == null || partnerCode.isBlank() || secret == null || secret.isEmpty()) {
                throw new EgovClientException("PaymentClient needs credentials(Credentials.partnerSecret(...)) or"
                        + " partnerCode and secret / Thiếu mã đối tác hoặc"
                        + " khóa bí mật");
            }
            if (serverIp == null
                    || !serverIp.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}")) {
                throw new EgovClientException("PaymentClient needs serverIp, an IPv4 address, was '" + serverIp
                        + "' / Ip máy chủ phải là địa chỉ IPv4");
            }
            return new PaymentClient(config, this);
        }
    }
}
