package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.dvc.payment.InvalidPaymentMacException;
import io.github.egovsdk.dvc.payment.PaymentMac;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox payment platform (identity-and-public-service-portal.md §11): {@code POST /payment/init} (INIT, MAC
 * checked) answers the payment URL; {@code GET /payment/pay/{MaThamChieu}?result=success|cancel} plays the payer and
 * POSTs the callback, with a correct {@code MaXacThuc}, to the partner's callback URL; {@code POST /payment/query}
 * (QUERY) answers in the callback shape; {@code POST /payment/receipt} (GET_BILL, MAC checked) answers the paid
 * payment's PDF e-receipt as the body ({@code application/pdf}); {@code POST /payment/__callback-url} sets where
 * callbacks go. The callback's {@code LoaiBanTin} is {@code CONFIRM}: the reference names the message "callback /
 * confirm" but not the value, so this is the sandbox's choice (clients verify the MAC over whatever value comes).
 */
public final class PaymentTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-payment";
    public static final String PARTNER = "SANDBOX-DOITAC-01";
    public static final String SECRET = "sandbox-payment-secret-KHONG-DUNG-THAT";
    private static final String BANK = "SANDBOXBANK";
    private static final Logger LOG = LoggerFactory.getLogger(PaymentTransformer.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final List<String> INIT = List.of(
            "LoaiBanTin",
            "PhienBan",
            "MaDoiTac",
            "MaThamChieu",
            "SoTien",
            "LoaiHinhThanhToan",
            "MaKenhThanhToan",
            "MaThietBi",
            "NgonNgu",
            "MaTienTe",
            "MaNganHang",
            "ThongTinGiaoDich",
            "ThoiGianGD",
            "Ip");
    private static final List<String> CALLBACK = List.of(
            "LoaiBanTin",
            "MaLoi",
            "MaDoiTac",
            "MaThamChieu",
            "SoTien",
            "MaTienTe",
            "MaGiaoDich",
            "MaNganHang",
            "ThoiGianGD",
            "ThongTinGiaoDich");
    private static final List<String> QUERY =
            List.of("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD");
    private final ServiceState state;
    private final Supplier<String> baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PaymentTransformer(ServiceState state, Supplier<String> baseUrl) {
        this.state = state;
        this.baseUrl = baseUrl;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** {@code MaXacThuc} of a message's fields, by sdk-dvc's {@link io.github.egovsdk.dvc.payment.PaymentMac}. */
    public static String mac(JsonNode message, List<String> fields, String secret) {
        return PaymentMac.compute(
                fields.stream().map(f -> message.path(f).asString("")).toList(), secret);
    }

    private boolean macOk(JsonNode message, List<String> fields) {
        boolean ok;
        try {
            PaymentMac.verify(
                    message.path("MaXacThuc").asString(""),
                    fields.stream().map(f -> message.path(f).asString("")).toList(),
                    SECRET);
            ok = true;
        } catch (InvalidPaymentMacException e) {
            ok = false;
        }
        state.journal()
                .record(
                        "payment",
                        "mac",
                        "message",
                        message.path("LoaiBanTin").asString(""),
                        "reference",
                        message.path("MaThamChieu").asString(""),
                        "result",
                        ok ? "OK" : "WRONG");
        return ok;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = request.getUrl();
        int q = path.indexOf('?');
        String query = q < 0 ? "" : path.substring(q + 1);
        path = q < 0 ? path : path.substring(0, q);
        if (path.startsWith("/payment/pay/")) {
            return pay(path.substring("/payment/pay/".length()), !query.contains("result=cancel"));
        }
        JsonNode body = EgovJson.tryParse(request.getBodyAsString());
        if (body == null || !body.isObject()) {
            return fail("96", "Bản tin không phải JSON");
        }
        if (path.endsWith("/__callback-url")) {
            state.paymentCallback(URI.create(body.path("url").asString()));
            return ok("{}");
        }
        if (!PARTNER.equals(body.path("MaDoiTac").asString(null))) {
            return fail("98", "Mã đối tác không tồn tại");
        }
        if (path.endsWith("/init")) {
            if (!"INIT".equals(body.path("LoaiBanTin").asString(null)) || !macOk(body, INIT)) {
                return fail("97", "Sai mã xác thực (MaXacThuc)");
            }
            String ref = body.path("MaThamChieu").asString("");
            if (!ref.matches("[A-Za-z0-9]{6,64}")
                    || !body.path("SoTien").asString("").matches("[1-9][0-9]*")) {
                return fail("95", "MaThamChieu hoặc SoTien không hợp lệ");
            }
            if (state.payment(ref).isPresent()) {
                return fail("94", "MaThamChieu đã tồn tại");
            }
            ServiceState.Payment created = state.newPayment(
                    ref,
                    body.path("SoTien").asString(),
                    body.path("ThongTinGiaoDich").asString(""));
            synchronized (created) {
                created.receiptInfo = body.path("ThongTinBienLai").isObject() ? body.path("ThongTinBienLai") : null;
            }
            ObjectNode inner = Responses.object();
            inner.put("UrlThanhToan", baseUrl.get() + "/payment/pay/" + ref);
            return ok(EgovJson.mapper().writeValueAsString(inner));
        }
        if (path.endsWith("/query")) {
            if (!macOk(body, QUERY)) {
                return fail("97", "Sai mã xác thực (MaXacThuc)");
            }
            Optional<ServiceState.Payment> p =
                    state.payment(body.path("MaThamChieu").asString(""));
            return p.map(payment -> Responses.json(200, callback(payment)))
                    .orElseGet(() -> fail("93", "Không tìm thấy giao dịch"));
        }
        if (path.endsWith("/receipt")) {
            return receipt(body);
        }
        return fail("99", "Loại bản tin không được hỗ trợ");
    }

    private ResponseDefinition receipt(JsonNode body) {
        if (!"GET_BILL".equals(body.path("LoaiBanTin").asString(null)) || !macOk(body, QUERY)) {
            return fail("97", "Sai mã xác thực (MaXacThuc)");
        }
        Optional<ServiceState.Payment> found =
                state.payment(body.path("MaThamChieu").asString(""));
        if (found.isEmpty()) {
            return fail("93", "Không tìm thấy giao dịch");
        }
        ServiceState.Payment p = found.get();
        synchronized (p) {
            if (!"00".equals(p.result)) {
                return fail("92", "Giao dịch chưa thanh toán thành công, chưa có biên lai điện tử");
            }
        }
        return new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withHeader("Content-Disposition", "inline; filename=\"bienlai-" + p.reference + ".pdf\"")
                .withBody(ReceiptPdf.of(p, PARTNER, BANK))
                .build();
    }

    private ResponseDefinition pay(String reference, boolean success) {
        Optional<ServiceState.Payment> found = state.payment(reference);
        if (found.isEmpty()) {
            return fail("93", "Không tìm thấy giao dịch");
        }
        ServiceState.Payment p = found.get();
        synchronized (p) {
            p.result = success ? "00" : "24";
            p.transactionId = "SBX" + ServiceState.random(9).replaceAll("[^A-Za-z0-9]", "0");
            p.paidAt = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(TIME);
        }
        ObjectNode callback = callback(p);
        ObjectNode answer = Responses.object();
        answer.set("callback", callback);
        Optional<URI> target = state.paymentCallback();
        if (target.isPresent()) {
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(target.get())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        EgovJson.mapper().writeValueAsString(callback)))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                answer.put("callbackStatus", r.statusCode());
            } catch (Exception e) {
                LOG.debug(
                        "Sandbox payment: callback to the partner failed: {}",
                        e.getClass().getSimpleName());
                answer.put("callbackStatus", -1);
            }
        }
        return Responses.json(200, answer);
    }

    private static ObjectNode callback(ServiceState.Payment p) {
        ObjectNode c = Responses.object();
        synchronized (p) {
            c.put("LoaiBanTin", "CONFIRM");
            c.put("MaLoi", "PENDING".equals(p.result) ? "01" : p.result);
            c.put("MaDoiTac", PARTNER);
            c.put("MaThamChieu", p.reference);
            c.put("SoTien", Long.parseLong(p.amount));
            c.put("MaTienTe", "VND");
            c.put("MaGiaoDich", p.transactionId == null ? "" : p.transactionId);
            c.put("MaNganHang", BANK);
            c.put("ThoiGianGD", p.paidAt == null ? "" : p.paidAt);
            c.put("ThongTinGiaoDich", p.description);
        }
        c.put("MaXacThuc", mac(c, CALLBACK, SECRET));
        return c;
    }

    private static ResponseDefinition ok(String message) {
        ObjectNode o = Responses.object();
        o.put("error_code", "0");
        o.put("message", message);
        return Responses.json(200, o);
    }

    private static ResponseDefinition fail(String code, String message) {
        ObjectNode o = Responses.object();
        o.put("error_code", code);
        o.put("message", message);
        return Responses.json(200, o);
    }
}
