package io.github.egovsdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** This module's test classpath has a root ValidationMessages.properties of its own, as an application would. */
class EgovMessageInterpolatorTest {
    record Form(
            @NotBlank String name,
            @ValidPersonalId String personalId,
            @Size(min = 2, max = 4) String code) {}

    @Test
    void violations_whenAppHasItsOwnValidationMessages_usesTheSdkMessagesWithoutPlaceholders() {
        List<Violation> v = Validation.violations(new Form(" ", "12345", "X"), Locale.ENGLISH);

        assertThat(v)
                .extracting(Violation::message)
                .containsExactly(
                        "size must be between 2 and 4",
                        "must not be blank",
                        "must be a valid 12-digit personal ID number");
        assertThat(v).extracting(Violation::message).noneMatch(m -> m.contains("{") || m.startsWith("APP"));
    }

    @Test
    void violations_whenVietnamese_resolvesParametersInVietnamese() {
        List<Violation> v = Validation.violations(new Form("A", null, "TOOLONG"), Locale.forLanguageTag("vi-VN"));

        assertThat(v).singleElement().extracting(Violation::message).isEqualTo("độ dài phải từ 2 đến 4");
    }

    @Test
    void appValidator_whenSdkValidatedBefore_keepsTheAppsOwnMessages() {
        Validation.violations(new Form(" ", "12345", "X"), Locale.ENGLISH);
        // fully qualified: the SDK's Validation of this package has the same simple name
        Validator app = jakarta.validation.Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();

        Set<ConstraintViolation<Form>> found = app.validate(new Form(" ", "12345", "AB"));

        assertThat(found)
                .extracting(ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder("APP: please fill this in", "APP: the app's own wording of the ID rule");
    }

    @Test
    void sdkCore_whenOnTheClasspath_shipsNoRootValidationMessages() throws IOException {
        List<URL> found = Collections.list(getClass().getClassLoader().getResources("ValidationMessages.properties"));

        assertThat(found).singleElement().asString().contains("test-classes");
    }

    @Test
    void interpolate_whenEscapedOrUnknownOrEl_leavesThemAsText() {
        record Odd(
                @NotBlank(message = "\\{literal\\} {unknown.key} ${1+1} {io.github.egovsdk.ValidPersonalId.message}")
                String v) {}

        List<Violation> v = Validation.violations(new Odd(""), Locale.ENGLISH);

        assertThat(v)
                .singleElement()
                .extracting(Violation::message)
                .isEqualTo("{literal} {unknown.key} ${1+1} must be a valid 12-digit personal ID number");
    }
}
