package io.github.egovsdk.dvc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 9, 15);

    @Test
    void of_whenValid_masksTheEvaluatorInToString() {
        Evaluation e = Evaluation.of(
                "000.00.00.H27-261123-0001",
                "CAN_BO",
                "Nguyễn Văn An",
                "Nhanh chóng",
                AT,
                SatisfactionLevel.VERY_SATISFIED);

        assertThat(e.toString()).contains("N. V. A.", "RHL").doesNotContain("Nguyễn");
    }

    @Test
    void of_whenRequiredMissing_namesTheFields() {
        assertThatThrownBy(() -> Evaluation.of(" ", "CAN_BO", null, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath)
                        .containsExactly("dossierCode", "evaluatedAt", "level"));
    }

    @Test
    void satisfactionLevel_whenCode_roundTrips() {
        for (SatisfactionLevel l : SatisfactionLevel.values()) {
            assertThat(SatisfactionLevel.fromCode(l.code().toLowerCase())).contains(l);
        }
        assertThat(SatisfactionLevel.fromCode("XYZ")).isEmpty();
    }

    @Test
    void submitter_whenPlugged_receivesTheEvaluations() {
        List<Evaluation> received = new ArrayList<>();
        EvaluationSubmitter submitter = received::addAll;

        submitter.submit(List.of(
                Evaluation.of("000.00.00.H27-261123-0001", "CO_QUAN", null, null, AT, SatisfactionLevel.NEUTRAL)));

        assertThat(received).singleElement().satisfies(e -> assertThat(e.level())
                .isEqualTo(SatisfactionLevel.NEUTRAL));
    }
}
