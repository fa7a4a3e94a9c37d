package io.github.egovsdk.dvc.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VndAmountTest {

    @ParameterizedTest
    @CsvSource({"150000,150000", "8000.00,8000", "1,1"})
    void parse_whenWholeDong_keepsTheValue(String text, long value) {
        assertThat(VndAmount.parse(text).value()).isEqualTo(value);
        assertThat(VndAmount.parse(text).wire()).isEqualTo(Long.toString(value));
    }

    @ParameterizedTest
    @CsvSource({"1500.5,WholeVnd", "0,Positive", "-100,Positive", "abc,Digits", "99999999999999999999,Range"})
    void parse_whenNotAWholePositiveAmount_namesAmountAndTheRule(String text, String rule) {
        assertThatThrownBy(() -> VndAmount.parse(text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.propertyPath()).isEqualTo("amount");
                assertThat(v.rule()).isEqualTo(rule);
                assertThat(v.message()).contains("/ Số tiền");
            });
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void of_whenNotPositive_throws(long value) {
        assertThatThrownBy(() -> VndAmount.of(value)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> VndAmount.of(BigDecimal.valueOf(value))).isInstanceOf(ValidationException.class);
    }
}
