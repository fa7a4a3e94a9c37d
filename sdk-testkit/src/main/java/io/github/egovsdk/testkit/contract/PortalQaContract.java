package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.dvc.portal.PortalQa;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * sdk-dvc's {@link PortalQa} (hỏi đáp) against a portal adapter described by a {@link PortalTarget}: the citizens'
 * questions are read with ids and texts (skipped ones never returned), the agency's Q&amp;A it publishes comes back
 * in {@code LayDanhSachHoiDapBoCoQuan}, an answer pushed to a citizen's question is returned by
 * {@code LayNoiDungTraLoiTheoCauHoi}. Publishing writes to the portal: override {@link #publishes()} to return false
 * against an adapter where test items must not appear (the read-only tests still run).
 */
public abstract class PortalQaContract {

    protected abstract PortalTarget target();

    /** Whether the tests may publish a test question and answer; true by default. */
    protected boolean publishes() {
        return true;
    }

    /** Builds the client; override to add a proxy, TLS settings or timeouts. */
    protected PortalClient client() {
        PortalTarget t = target();
        return PortalClient.builder()
                .endpoint(t.endpoint())
                .loginPath(t.loginPath())
                .apiPath(t.apiPath())
                .login(t.username(), t.password())
                .dstCode(t.dstCode())
                .agencyCode(t.agencyCode())
                .build();
    }

    @Test
    void citizenQuestions_whenListed_haveIdsAndTexts() {
        try (PortalClient portal = client()) {
            assertThat(portal.qa().citizenQuestions()).allSatisfy(q -> {
                assertThat(q.id()).isPositive();
                assertThat(q.text()).isNotBlank();
                assertThat(q.state()).isNotEqualTo(0);
            });
        }
    }

    @Test
    void pushQuestions_whenAgencyPublishesOne_isListedAmongTheAgencyQuestions() {
        assumeTrue(publishes(), "the target does not allow publishing test Q&A");
        String id = String.valueOf(ThreadLocalRandom.current().nextInt(900_000_000, 1_000_000_000));
        try (PortalClient portal = client()) {
            portal.qa()
                    .pushQuestions(List.of(new PortalQa.AgencyQuestion(
                            id, "G15-HT", "automated contract test, please ignore", target().agencyCode(), null)));
            assertThat(portal.qa().agencyQuestions())
                    .extracting(PortalQa.Question::id)
                    .contains(Long.parseLong(id));
        }
    }

    @Test
    void pushAnswers_whenACitizenQuestionIsAnswered_theAnswerIsReturned() {
        assumeTrue(publishes(), "the target does not allow publishing test Q&A");
        try (PortalClient portal = client()) {
            List<PortalQa.Question> open = portal.qa().citizenQuestions().stream()
                    .filter(q -> !q.answered())
                    .toList();
            assumeTrue(!open.isEmpty(), "no unanswered citizen question to answer");
            long id = open.get(0).id();
            String text =
                    "automated contract test " + ThreadLocalRandom.current().nextInt(1_000_000);
            portal.qa()
                    .pushAnswers(List.of(new PortalQa.QuestionAnswer(
                            id,
                            target().agencyCode(),
                            "Kiểm thử",
                            "Chuyên viên",
                            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                            text)));
            assertThat(portal.qa().answers(id))
                    .extracting(PortalQa.Answer::text)
                    .contains(text);
        }
    }
}
