package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.internal.console.ConsoleAction;
import io.github.egovsdk.testkit.internal.console.ConsoleTable;
import io.github.egovsdk.testkit.internal.console.ConsoleView;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.testkit.internal.console.Text;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The console's payment tab: every payment with its result and the MAC checks of the messages about it, and every
 * MAC check (wrong ones included). Actions {@code pay} and {@code fail} play the payer on the platform's own payment
 * page ({@code GET /payment/pay/{MaThamChieu}}), so the partner's callback goes out exactly as when a person pays.
 */
final class PaymentConsoleView implements ConsoleView {
    private final ServiceState state;
    private final Supplier<String> baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PaymentConsoleView(ServiceState state, Supplier<String> baseUrl) {
        this.state = state;
        this.baseUrl = baseUrl;
    }

    @Override
    public String id() {
        return "payment";
    }

    @Override
    public Text title() {
        return Text.of("Thanh toán trực tuyến", "Payments");
    }

    @Override
    public List<ConsoleTable> tables() {
        List<SandboxJournal.Event> macs = state.journal().events("payment", "mac");
        ConsoleTable.Builder t = ConsoleTable.builder(
                Text.of("Giao dịch", "Payments"),
                Text.of("Mã tham chiếu", "Reference"),
                Text.of("Số tiền (VND)", "Amount (VND)"),
                Text.of("Nội dung", "Description"),
                Text.of("Kết quả", "Result"),
                Text.of("Mã giao dịch", "Transaction"),
                Text.of("Thời gian thanh toán", "Paid at"),
                Text.of("Kiểm tra MaXacThuc", "MAC checks"));
        for (ServiceState.Payment p : state.payments()) {
            String result;
            String tx;
            String paidAt;
            synchronized (p) {
                result = switch (p.result) {
                    case "PENDING" -> "PENDING — chờ thanh toán";
                    case "00" -> "00 — thành công / paid";
                    default -> p.result + " — không thành công / failed";
                };
                tx = p.transactionId == null ? "" : p.transactionId;
                paidAt = p.paidAt == null ? "" : p.paidAt;
            }
            String checks = macs.stream()
                    .filter(e -> e.field("reference").equals(p.reference))
                    .map(e -> e.field("message") + " " + mac(e.field("result")))
                    .collect(Collectors.joining("\n"));
            List<ConsoleAction> actions = new ArrayList<>();
            if (result.startsWith("PENDING")) {
                actions.add(ConsoleAction.of(id(), "pay", Text.of("Thanh toán", "Pay"), "reference", p.reference));
                actions.add(
                        ConsoleAction.of(id(), "fail", Text.of("Hủy / thất bại", "Fail"), "reference", p.reference));
            }
            t.row(p.reference, List.of(p.reference, p.amount, p.description, result, tx, paidAt, checks), actions);
        }
        ConsoleTable.Builder all = ConsoleTable.builder(
                Text.of("Kiểm tra mã xác thực (MaXacThuc)", "MAC checks"),
                Text.of("Thời gian", "Time"),
                Text.of("Bản tin", "Message"),
                Text.of("Mã tham chiếu", "Reference"),
                Text.of("Kết quả", "Result"));
        for (int i = macs.size() - 1; i >= 0; i--) {
            SandboxJournal.Event e = macs.get(i);
            all.row(String.valueOf(e.seq()), e.at(), e.field("message"), e.field("reference"), mac(e.field("result")));
        }
        return List.of(t.build(), all.build());
    }

    private static String mac(String result) {
        return "OK".equals(result) ? "MAC đúng / valid ✓" : "MAC SAI / WRONG ✗";
    }

    @Override
    public Optional<Text> act(String action, Map<String, String> params) {
        if (!action.equals("pay") && !action.equals("fail")) {
            return Optional.empty();
        }
        String ref = ConsoleView.required(params, "reference");
        ServiceState.Payment p = state.payment(ref)
                .orElseThrow(() -> new IllegalArgumentException("Không tìm thấy giao dịch / no payment " + ref));
        synchronized (p) {
            if (!"PENDING".equals(p.result)) {
                throw new IllegalArgumentException(
                        "Giao dịch " + ref + " đã có kết quả / already settled: " + p.result);
            }
        }
        boolean pay = action.equals("pay");
        URI page = URI.create(baseUrl.get() + "/payment/pay/" + URLEncoder.encode(ref, StandardCharsets.UTF_8)
                + "?result=" + (pay ? "success" : "cancel"));
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(page)
                            .timeout(Duration.ofSeconds(15))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("The payment page answered HTTP " + r.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("The payment page could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        return Optional.of(
                pay
                        ? Text.of("Đã thanh toán " + ref, ref + " paid")
                        : Text.of("Giao dịch " + ref + " không thành công", ref + " failed"));
    }
}
