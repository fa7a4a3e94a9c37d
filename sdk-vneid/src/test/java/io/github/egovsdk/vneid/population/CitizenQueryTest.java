package io.github.egovsdk.vneid.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.vn.LegacyIdNumber;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Bad input to the population check fails early, naming the field and the rule, without echoing personal data. */
class CitizenQueryTest {
    static final LocalDate DOB = LocalDate.of(1999, 1, 1);

    @Test
    void byPersonalId_whenNameBlank_namesFullNameAndNotBlank() {
        assertThatThrownBy(() -> CitizenQuery.byPersonalId("001099012345", " ", DOB))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath, Violation::rule)
                        .containsExactly(Tuple.tuple("fullName", "NotBlank")));
    }

    @Test
    void byPersonalId_whenBirthDateInTheFuture_namesDateOfBirth() {
        assertThatThrownBy(() -> CitizenQuery.byPersonalId(
                        "001099012345", "Nguyễn Văn Thử", LocalDate.now().plusDays(2)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath, Violation::rule)
                        .containsExactly(Tuple.tuple("dateOfBirth", "PastOrPresent")));
    }

    @Test
    void byPersonalId_whenNumberMalformed_namesPersonalIdWithoutEchoingIt() {
        assertThatThrownBy(() -> CitizenQuery.byPersonalId("00109901234X", "Nguyễn Văn Thử", DOB))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::propertyPath)
                            .containsOnly("personalId");
                    assertThat(e.getMessage()).doesNotContain("00109901234X");
                });
    }

    @Test
    void constructor_whenBothOrNoNumbers_namesTheExactlyOneIdRule() {
        assertThatThrownBy(() -> new CitizenQuery(null, null, "Nguyễn Văn Thử", DOB))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule)
                        .containsExactly("ExactlyOneId"));
        assertThatThrownBy(() -> new CitizenQuery(
                        PersonalIdNumber.of("001099012345"), LegacyIdNumber.of("012345678"), "Nguyễn Văn Thử", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule)
                        .containsExactlyInAnyOrder("ExactlyOneId", "NotNull"));
    }

    @Test
    void toString_whenPrinted_masksTheNumberAndHidesNameAndDate() {
        CitizenQuery q = CitizenQuery.byPersonalId("001099012345", "Nguyễn Văn Thử", DOB);

        assertThat(q.toString()).contains("001******345").doesNotContain("001099012345", "Nguyễn", "1999");
        assertThat(CitizenQuery.byLegacyId("012345678", "Nguyễn Văn Thử", DOB).toString())
                .contains("012***678")
                .doesNotContain("012345678");
    }

    @Test
    void lookupContext_whenPurposeBlank_namesPurpose() {
        assertThatThrownBy(() -> new LookupContext("CB-0042", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath)
                        .containsExactly("purpose"));
    }

    @Test
    void build_whenAuditHookMissing_refusesToBuild() {
        assertThatThrownBy(() -> PopulationDbClient.builder()
                        .endpoint("http://localhost:1/")
                        .integrationCode("027")
                        .serviceCode("DVC")
                        .build())
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("auditHook");
    }
}
