package io.github.egovsdk.dvc.payment;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.math.BigDecimal;
import java.util.List;

/**
 * An amount to pay in whole Vietnamese đồng (the đồng has no subunit in use): greater than 0, no fraction. Sent as
 * {@code SoTien} in digits only.
 *
 * @param value the amount in VND
 */
public record VndAmount(long value) {

    public VndAmount {
        if (value <= 0) {
            throw invalid(
                    "Positive",
                    "The amount must be greater than 0 VND, was " + value + " / Số tiền phải lớn hơn 0 đồng",
                    String.valueOf(value));
        }
    }

    public static VndAmount of(long value) {
        return new VndAmount(value);
    }

    /** From a decimal; a fraction ({@code 1500.5}) is refused, trailing zeros ({@code 1500.00}) are fine. */
    public static VndAmount of(BigDecimal value) {
        if (value == null) {
            throw invalid("NotNull", "The amount is required / Số tiền là bắt buộc", null);
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 0) {
            throw invalid(
                    "WholeVnd",
                    "The amount must be whole đồng, without a fraction: " + value.toPlainString()
                            + " / Số tiền phải là số đồng nguyên, không có phần lẻ",
                    value.toPlainString());
        }
        try {
            return new VndAmount(v.longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(
                    "Range",
                    "The amount is too large: " + value.toPlainString() + " / Số tiền quá lớn",
                    value.toPlainString());
        }
    }

    /** From text such as {@code "150000"} (digits, optionally with {@code .00}). */
    public static VndAmount parse(String text) {
        try {
            return of(new BigDecimal(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            throw invalid("Digits", "The amount is not a number: '" + text + "' / Số tiền không hợp lệ", text);
        }
    }

    /** The wire form: digits only. */
    public String wire() {
        return Long.toString(value);
    }

    private static ValidationException invalid(String rule, String message, String value) {
        return new ValidationException("amount", List.of(new Violation("amount", rule, message, value)));
    }

    @Override
    public String toString() {
        return value + " VND";
    }
}
