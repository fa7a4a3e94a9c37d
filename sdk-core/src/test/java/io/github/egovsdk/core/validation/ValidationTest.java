package io.github.egovsdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationTest {
    record Applicant(
            @NotBlank String fullName,
            @ValidPersonalId String personalId,
            @ValidAgencyCode String agency,
            @Positive long fee) {}

    @Test
    void validate_whenEveryFieldBroken_listsAllViolationsInEnglish() {
        Applicant bad = new Applicant(" ", "00109901234X", "h27.lower", 0);

        assertThatThrownBy(() -> Validation.validate(bad, "applicant", Locale.ENGLISH))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::propertyPath)
                            .containsExactly("agency", "fee", "fullName", "personalId");
                    assertThat(e.violations())
                            .extracting(Violation::rule)
                            .containsExactly("ValidAgencyCode", "Positive", "NotBlank", "ValidPersonalId");
                    assertThat(e.violations().get(3).message())
                            .isEqualTo("must be a valid 12-digit personal ID number");
                    assertThat(e.getMessage()).doesNotContain("00109901234X");
                });
    }

    @Test
    void violations_whenVietnameseLocale_usesVietnameseMessages() {
        List<Violation> v = Validation.violations(
                new Applicant("", "001099012345", "000.00.00.H27", 1000), Locale.forLanguageTag("vi-VN"));

        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.propertyPath()).isEqualTo("fullName");
            assertThat(x.message()).isEqualTo("không được để trống");
        });
    }

    @Test
    void validate_whenValid_returnsTheModel() {
        Applicant ok = new Applicant("Nguyễn Văn A", "001099012345", "000.00.00.H27", 50000);
        assertThat(Validation.validate(ok, "applicant", Locale.ENGLISH)).isSameAs(ok);
    }
}
