package io.github.egovsdk.compat.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.egovsdk.compat.VendorFlow;
import io.github.egovsdk.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK inside a plain application with Jackson 2.18, no Jakarta EL and its own ValidationMessages. */
class PlainAppCompatTest {
    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void vendorFlow_inAPlainJackson2App_runsEveryStepAgainstTheSandbox(@TempDir Path work) throws Exception {
        assertThat(VendorFlow.run(work))
                .containsExactly(
                        "portal sync + lookup",
                        "payment INIT/QUERY",
                        "population DB check",
                        "VXP send + receive",
                        "PAdES sign + verify");
    }

    @Test
    void sdkValidationError_withoutJakartaEl_isResolvedInTheSdksOwnWords() {
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
                .isInstanceOf(ClassNotFoundException.class);

        assertThat(VendorFlow.sdkValidationError())
                .extracting(Violation::message)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m).doesNotContain("{").doesNotStartWith("VENDOR"))
                .anySatisfy(m -> assertThat(m).startsWith("must be an agency code"));
    }

    @Test
    void appValidator_whenTheSdkIsPresent_keepsTheVendorsOwnMessages() {
        VendorFlow.sdkValidationError();
        Validator app = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();

        Set<ConstraintViolation<Receipt>> found = app.validate(new Receipt("", 0));

        assertThat(found)
                .extracting(ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder("VENDOR: required", "VENDOR: must be positive");
    }

    @Test
    void appJackson_whenTheSdkIsPresent_isTheAppsJackson2AndWorks() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.version().getMajorVersion()).isEqualTo(2);
        assertThat(json.version().getMinorVersion()).isEqualTo(18);
        assertThat(json.writeValueAsString(new Receipt("H27-1", 8000)))
                .isEqualTo("{\"dossierCode\":\"H27-1\",\"amountVnd\":8000}");
    }
}
