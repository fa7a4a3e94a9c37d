package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentInit;
import io.github.egovsdk.testkit.contract.PaymentContract;
import io.github.egovsdk.testkit.contract.PaymentTarget;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our CI runs the payment contract suite against the embedded sandbox. The payer opens the sandbox's payment page;
 * the callback arrives over HTTP at a small "one-stop office" server, as it would in production.
 */
@EgovSandboxTest
class SandboxPaymentContractTest extends PaymentContract {
    private final BlockingQueue<String> callbacks = new ArrayBlockingQueue<>(8);
    private HttpServer office;
    private PaymentTarget target;

    @BeforeEach
    void target(EgovSandbox sandbox) throws Exception {
        office = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        office.createContext("/motcua/thanh-toan/callback", ex -> {
            callbacks.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        office.start();
        sandbox.paymentCallback(
                URI.create("http://127.0.0.1:" + office.getAddress().getPort() + "/motcua/thanh-toan/callback"));
        target = new PaymentTarget(
                sandbox.paymentEndpoint(),
                "init",
                "query",
                "receipt",
                EgovSandbox.PAYMENT_PARTNER,
                EgovSandbox.PAYMENT_SECRET,
                "127.0.0.1",
                this::pay);
    }

    @AfterEach
    void stop() {
        office.stop(0);
    }

    private String pay(PaymentInit init) throws Exception {
        int status = SandboxHttp.get(URI.create(init.paymentUrl() + "?result=success"))
                .statusCode();
        assertThat(status).isEqualTo(200);
        String body = callbacks.poll(10, TimeUnit.SECONDS);
        assertThat(body).as("the platform's callback").isNotNull();
        return body;
    }

    @Override
    protected PaymentTarget target() {
        return target;
    }

    @Test
    void receipt_whenPaid_isAnA5PdfNamingTheReferenceAmountAndFee() throws Exception {
        try (PaymentClient payments = client(EgovSandbox.PAYMENT_SECRET)) {
            PaymentInit init = payments.init(order(dossierCode()));
            pay(init);
            try (PDDocument pdf = Loader.loadPDF(payments.receipt(init.reference()))) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text)
                        .contains(
                                "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ",
                                init.reference(),
                                "8.000 VND",
                                "Lệ phí cấp bản sao trích lục",
                                "SANDBOX");
                assertThat(pdf.getPage(0).getMediaBox().getWidth()).isLessThan(450f);
            }
        }
    }

    @Test
    void payment_whenPayerCancels_callbackIsVerifiedButNotSuccessful() throws Exception {
        try (PaymentClient payments = client(EgovSandbox.PAYMENT_SECRET)) {
            PaymentInit init = payments.init(order(dossierCode()));
            SandboxHttp.get(URI.create(init.paymentUrl() + "?result=cancel"));
            var callback = payments.verifyCallback(callbacks.poll(10, TimeUnit.SECONDS));
            assertThat(callback.isSuccessful()).isFalse();
            assertThat(callback.messageType()).isEqualTo("CONFIRM");
            assertThat(payments.query(init.reference()).resultCode()).isEqualTo("24");
        }
    }
}
