package io.github.egovsdk.dvc.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentMacTest {
    static final Path DIR = Path.of("src/test/resources/payment");

    static List<String> initValues() throws Exception {
        List<String> parts = Arrays.asList(
                Files.readString(DIR.resolve("init-mac-input.txt")).split("\\|", -1));
        return parts.subList(0, parts.size() - 1); // the last element is the secret
    }

    @Test
    void compute_whenReferenceInit_matchesSha256sumVector() throws Exception {
        assertThat(PaymentMac.compute(initValues(), "test-secret"))
                .isEqualTo(
                        Files.readString(DIR.resolve("init-mac-expected.hex")).strip());
    }

    @Test
    void verify_whenCallbackMacTamperedOrAmountChanged_rejects() throws Exception {
        List<String> callback = List.of(
                "PAY_RESULT",
                "00",
                "DOITAC01",
                "ref-1",
                "150000",
                "VND",
                "GD123",
                "VCB",
                "20251123140501",
                "Thanh toan ho so");
        String mac = PaymentMac.compute(callback, "s3cret");
        PaymentMac.verify(mac.toUpperCase(), callback, "s3cret");
        List<String> changedAmount = List.of(
                "PAY_RESULT",
                "00",
                "DOITAC01",
                "ref-1",
                "1500000",
                "VND",
                "GD123",
                "VCB",
                "20251123140501",
                "Thanh toan ho so");
        assertThatThrownBy(() -> PaymentMac.verify(mac, changedAmount, "s3cret"))
                .isInstanceOf(InvalidPaymentMacException.class)
                .hasMessageContaining("MaXacThuc");
        assertThatThrownBy(() -> PaymentMac.verify(null, callback, "s3cret"))
                .isInstanceOf(InvalidPaymentMacException.class);
    }

    @Test
    void timestamp_whenAfternoon_uses24HourClock() {
        // 14:05:01 in Vietnam = 07:05:01 UTC; the 12-hour bug would print 020501.
        assertThat(PaymentMac.timestamp(Instant.parse("2025-01-01T07:05:01Z"))).isEqualTo("20250101140501");
        assertThat(PaymentMac.timestamp(Instant.parse("2024-12-31T19:05:01Z"))).isEqualTo("20250101020501");
    }
}
