package io.github.egovsdk.compat.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.compat.VendorFlow;
import io.github.egovsdk.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** The SDK inside a Spring Boot 4.0.7 application, every third-party version chosen by Boot. */
@SpringBootTest(classes = VendorApp.class)
class SpringBootCompatTest {
    @Autowired
    private Validator validator;

    @Autowired
    private JsonMapper json;

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void vendorFlow_underSpringBoot_runsEveryStepAgainstTheSandbox(@TempDir Path work) throws Exception {
        assertThat(VendorFlow.run(work))
                .containsExactly(
                        "portal sync + lookup",
                        "payment INIT/QUERY",
                        "population DB check",
                        "VXP send + receive",
                        "PAdES sign + verify");
    }

    @Test
    void sdkValidationError_underSpringBoot_isResolvedInTheSdksOwnWords() {
        assertThat(VendorFlow.sdkValidationError())
                .extracting(Violation::message)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m).doesNotContain("{").doesNotStartWith("VENDOR"))
                .anySatisfy(m -> assertThat(m).startsWith("must be an agency code"));
    }

    @Test
    void bootValidator_whenTheSdkIsPresent_keepsTheVendorsOwnMessages() {
        VendorFlow.sdkValidationError();

        Set<ConstraintViolation<SignupForm>> found = validator.validate(new SignupForm(" ", "", "12345"));

        assertThat(found)
                .extracting(ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        "VENDOR: this field is required",
                        "VENDOR: an e-mail address is required",
                        "must be a valid 12-digit personal ID number");
    }

    @Test
    void bootJackson_whenTheSdkIsPresent_isBootsOwnAndWorks() throws Exception {
        // Boot 4.0 brings its own Jackson 3 (tools.jackson): the SDK uses its relocated copy, not this one.
        assertThat(json.version().getMajorVersion()).isEqualTo(3);
        assertThat(json.writeValueAsString(Map.of("maHoSo", "H27-1"))).isEqualTo("{\"maHoSo\":\"H27-1\"}");
        assertThat(Class.forName("io.github.egovsdk.thirdparty.jackson.databind.ObjectMapper"))
                .isNotEqualTo(json.getClass());
    }
}
