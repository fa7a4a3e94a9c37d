package io.github.egovsdk.samples;

import com.sun.net.httpserver.HttpServer;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.dvc.payment.InvalidPaymentMacException;
import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentInit;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.PaymentResult;
import io.github.egovsdk.dvc.payment.VndAmount;
import io.github.egovsdk.testkit.EgovSandbox;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Takes a fee through the national payment platform with {@link PaymentClient}, on the sandbox: INIT gives the
 * payment URL, the citizen pays there, the platform POSTs its callback to the one-stop system's endpoint (a small
 * HTTP server here), which trusts it only after {@code verifyCallback}; then QUERY confirms and GET_BILL fetches the
 * PDF e-receipt. A callback whose amount was changed is rejected. Usage: {@code TakePayment [OUTPUT_DIR]}.
 */
public final class TakePayment {
    private TakePayment() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/payment-sample"));
        BlockingQueue<String> callbacks = new ArrayBlockingQueue<>(4);
        HttpServer office = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        office.createContext("/motcua/thanh-toan/callback", ex -> {
            callbacks.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        office.start();
        try (EgovSandbox sandbox = EgovSandbox.start();
                PaymentClient payments = PaymentClient.builder()
                        .endpoint(sandbox.paymentEndpoint())
                        .credentials(Credentials.partnerSecret(EgovSandbox.PAYMENT_PARTNER, EgovSandbox.PAYMENT_SECRET))
                        .serverIp("127.0.0.1")
                        .build()) {
            sandbox.paymentCallback(
                    URI.create("http://127.0.0.1:" + office.getAddress().getPort() + "/motcua/thanh-toan/callback"));
            String dossierCode = "000.00.00.H27-260213-0001";
            PaymentInit init = payments.init(PaymentOrder.of(dossierCode, VndAmount.of(8_000)));
            System.out.println("INIT: mã tham chiếu / reference " + init.reference());
            System.out.println("Chuyển người nộp tới / redirect the payer to: " + init.paymentUrl());

            // The citizen pays on the platform's page (the sandbox's page pays at once).
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(init.paymentUrl() + "?result=success"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            String body = callbacks.poll(10, TimeUnit.SECONDS);
            if (body == null) {
                throw new IllegalStateException("No callback within 10 s / Không nhận được callback");
            }
            PaymentResult paid = payments.verifyCallback(body);
            System.out.println("Callback: MaXacThuc đúng / MAC verified, MaLoi " + paid.resultCode() + ", "
                    + paid.amountVnd() + " VND, mã giao dịch / transaction " + paid.transactionId());
            try {
                payments.verifyCallback(body.replace("\"SoTien\":8000", "\"SoTien\":80"));
                System.out.println("Callback bị sửa được chấp nhận?! / a tampered callback was accepted?!");
            } catch (InvalidPaymentMacException e) {
                System.out.println("Callback bị sửa số tiền: từ chối / tampered amount: rejected");
            }
            PaymentResult status = payments.query(init.reference());
            System.out.println("QUERY: " + (status.isSuccessful() ? "đã thanh toán / paid" : "chưa / not paid")
                    + " (MaLoi " + status.resultCode() + ")");
            byte[] pdf = payments.receipt(init.reference());
            Path receipt = out.resolve("bien-lai-" + init.reference() + ".pdf");
            Files.write(receipt, pdf);
            System.out.println("Biên lai điện tử / e-receipt (GET_BILL): " + receipt + " (" + pdf.length + " bytes, "
                    + new String(pdf, 0, 5, StandardCharsets.US_ASCII) + ")");
        } finally {
            office.stop(0);
        }
    }
}
