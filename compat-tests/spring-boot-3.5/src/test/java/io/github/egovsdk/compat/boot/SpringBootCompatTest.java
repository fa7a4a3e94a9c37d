package io.github.egovsdk.compat.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.egovsdk.compat.VendorFlow;
import io.github.egovsdk.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The SDK inside a Spring Boot 3.5.7 application, every third-party version chosen by Boot. */
@SpringBootTest(classes = VendorApp.class)
class SpringBootCompatTest {
    @Autowired
    private Validator validator;

    @Autowired
    private ObjectMapper json;

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
        // Boot 3.5 pins Jackson 2.19, whose annotations lack what Jackson 3.2 needs: the SDK must not care.
        assertThat(json.version().getMajorVersion()).isEqualTo(2);
        assertThat(json.version().getMinorVersion()).isEqualTo(19);
        Assertions.assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(json.writeValueAsString(Map.of("maHoSo", "H27-1"))).isEqualTo("{\"maHoSo\":\"H27-1\"}");
        assertThat(Class.forName("io.github.egovsdk.thirdparty.jackson.databind.ObjectMapper"))
                .isNotEqualTo(json.getClass());
    }
}
