package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.dvc.payment.InvalidPaymentMacException;
import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentInit;
import io.github.egovsdk.dvc.payment.PaymentMac;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.PaymentResult;
import io.github.egovsdk.dvc.payment.ReceiptFee;
import io.github.egovsdk.dvc.payment.ReceiptInfo;
import io.github.egovsdk.dvc.payment.VndAmount;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The SDK's {@link PaymentClient} against a payment platform: INIT gives a payment URL, QUERY of an unpaid payment,
 * the paid flow (payer → callback verified with {@code verifyCallback} → QUERY paid → GET_BILL PDF e-receipt),
 * tampered and forged callbacks rejected, a wrong secret refused by the platform and no receipt before payment.
 * Subclass it and return a {@link PaymentTarget} — the sandbox in our CI, your staging platform in yours
 * ({@link PaymentTarget#fromEnvironment()}; the paid flow needs a {@link PaymentTarget.Payer}). Every test pays a
 * small amount for a dossier code of its own.
 */
public abstract class PaymentContract {
    /** The platform and partner account to run against. */
    protected abstract PaymentTarget target();

    /** A client of the target with the given secret; override to add proxy, TLS, bearer credentials or timeouts. */
    protected PaymentClient client(String secret) {
        PaymentTarget t = target();
        return PaymentClient.builder()
                .endpoint(t.endpoint())
                .initPath(t.initPath())
                .queryPath(t.queryPath())
                .receiptPath(t.receiptPath())
                .partnerCode(t.partnerCode())
                .secret(secret)
                .serverIp(t.serverIp())
                .build();
    }

    private PaymentClient client() {
        return client(target().secret());
    }

    /** A test dossier code of its own, so references never collide between tests or runs. */
    protected static String dossierCode() {
        return "000.00.00.H27-" + LocalDate.now().format(DateTimeFormatter.ofPattern("yyMMdd")) + "-"
                + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    }

    /** An order of 8 000 VND with e-receipt data for one fee. */
    protected static PaymentOrder order(String dossierCode) {
        ReceiptInfo receipt = new ReceiptInfo(
                "1.001234.01",
                "Cấp bản sao trích lục hộ tịch (kiểm thử)",
                "1.001234",
                "Cấp bản sao trích lục hộ tịch (kiểm thử)",
                "000.00.00.H27",
                "UBND tỉnh Bắc Ninh (kiểm thử)",
                dossierCode,
                "Nguyễn Thử Nghiệm",
                null,
                null,
                "THANH TOAN HO SO " + dossierCode,
                List.of(new ReceiptFee("2", "LP01", "Lệ phí cấp bản sao trích lục", VndAmount.of(8_000))),
                Map.of());
        return new PaymentOrder(dossierCode, VndAmount.of(8_000), null, receipt);
    }

    @Test
    void init_whenOrderValid_returnsAPaymentUrlAndItsReference() {
        String code = dossierCode();
        try (PaymentClient payments = client()) {
            PaymentInit init = payments.init(order(code));
            assertThat(init.reference())
                    .matches("[A-Za-z0-9]{6,64}")
                    .startsWith("dvc" + code.replaceAll("\\W", ""))
                    .endsWith(init.timestamp());
            assertThat(init.paymentUrl().isAbsolute()).isTrue();
            assertThat(init.paymentUrl().getScheme()).isIn("http", "https");
        }
    }

    @Test
    void query_whenNotPaidYet_answersAVerifiedUnpaidStatus() {
        try (PaymentClient payments = client()) {
            PaymentInit init = payments.init(order(dossierCode()));
            PaymentResult status = payments.query(init.reference());
            assertThat(status.isSuccessful()).isFalse();
            assertThat(status.reference()).isEqualTo(init.reference());
            assertThat(status.amountVnd()).isEqualTo(8_000);
        }
    }

    @Test
    void payment_whenPaid_callbackVerifiesQueryIsPaidAndReceiptIsAPdf() throws Exception {
        assumeTrue(target().payer() != null, "no scripted payer for this target");
        try (PaymentClient payments = client()) {
            PaymentInit init = payments.init(order(dossierCode()));
            String body = target().payer().payAndAwaitCallback(init);

            PaymentResult callback = payments.verifyCallback(body);
            assertThat(callback.isSuccessful()).isTrue();
            assertThat(callback.reference()).isEqualTo(init.reference());
            assertThat(callback.amountVnd()).isEqualTo(8_000);
            assertThat(callback.transactionId()).isNotBlank();

            ObjectNode tampered = (ObjectNode) EgovJson.mapper().readTree(body);
            tampered.put("SoTien", 800);
            assertThatThrownBy(() -> payments.verifyCallback(tampered.toString()))
                    .as("an amount changed after signing")
                    .isInstanceOf(InvalidPaymentMacException.class);

            PaymentResult status = payments.query(init.reference());
            assertThat(status.isSuccessful()).isTrue();
            assertThat(status.transactionId()).isEqualTo(callback.transactionId());

            byte[] pdf = payments.receipt(init.reference());
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument receipt = Loader.loadPDF(pdf)) {
                assertThat(receipt.getNumberOfPages()).isPositive();
            }
        }
    }

    @Test
    void verifyCallback_whenSignedWithAnotherSecret_isRejected() {
        ObjectNode forged = EgovJson.mapper()
                .createObjectNode()
                .put("LoaiBanTin", "CONFIRM")
                .put("MaLoi", "00")
                .put("MaDoiTac", target().partnerCode())
                .put("MaThamChieu", "dvcFORGED20260101120000")
                .put("SoTien", 8000)
                .put("MaTienTe", "VND")
                .put("MaGiaoDich", "FORGED1")
                .put("MaNganHang", "X")
                .put("ThoiGianGD", "20260101120000")
                .put("ThongTinGiaoDich", "THANH TOAN HO SO FORGED");
        List<String> fields = List.of(
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
        forged.put(
                "MaXacThuc",
                PaymentMac.compute(
                        fields.stream().map(f -> forged.path(f).asString()).toList(), "not-the-partner-secret"));
        try (PaymentClient payments = client()) {
            assertThatThrownBy(() -> payments.verifyCallback(forged.toString()))
                    .isInstanceOf(InvalidPaymentMacException.class);
            assertThatThrownBy(() -> payments.verifyCallback("not json"))
                    .isInstanceOf(InvalidPaymentMacException.class);
        }
    }

    @Test
    void query_whenSecretWrong_isRefusedByThePlatform() {
        String reference;
        try (PaymentClient payments = client()) {
            reference = payments.init(order(dossierCode())).reference();
        }
        try (PaymentClient wrong = client(target().secret() + "-wrong")) {
            assertThatThrownBy(() -> wrong.query(reference))
                    .isInstanceOf(EgovServiceException.class)
                    .hasMessageNotContaining(target().secret());
        }
    }

    @Test
    void receipt_whenNotPaid_isRefused() {
        try (PaymentClient payments = client()) {
            PaymentInit init = payments.init(order(dossierCode()));
            assertThatThrownBy(() -> payments.receipt(init.reference())).isInstanceOf(EgovServiceException.class);
        }
    }
}
