package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.dvc.portal.PortalQa;
import io.github.egovsdk.dvc.results.DigitisedResult;
import io.github.egovsdk.dvc.results.DigitisedResultsClient;
import io.github.egovsdk.dvc.results.ResultsQuery;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sdk-dvc's results-store client and portal Q&A sync against the sandbox emulators. */
@EgovSandboxTest
class SandboxResultsAndQaTest {

    @Test
    void results_whenOwnerHasDocuments_listsFiltersAndFetchesTheFile(EgovSandbox sandbox) {
        SandboxCitizen c = sandbox.citizens().get(0);
        byte[] pdf = "%PDF-1.4\n% giay khai sinh cu\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        sandbox.civil()
                .storeResult(
                        c.personalId(), "KQ.G15.000031", "Giấy khai sinh", "12/1999", "000.00.00.H27", "gks.pdf", pdf);
        sandbox.civil()
                .storeResult(
                        c.personalId(), "KQ.G15.000099", "Giấy khác", "1", "000.00.00.H27", "x.pdf", new byte[] {1});
        try (DigitisedResultsClient store = DigitisedResultsClient.builder()
                .endpoint(sandbox.civil().resultsStoreEndpoint())
                .build()) {
            List<DigitisedResult> all = store.results(ResultsQuery.ownedBy(c.personalId(), c.fullName()));
            assertThat(all).hasSize(2);
            List<DigitisedResult> births = store.results(
                    ResultsQuery.ownedBy(c.personalId(), c.fullName()).withResultCodes(List.of("KQ.G15.000031")));
            assertThat(births).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("Giấy khai sinh");
                assertThat(r.agency()).isEqualTo("000.00.00.H27");
                assertThat(store.files(r)).singleElement().isEqualTo(pdf);
            });
            assertThat(store.results(ResultsQuery.ownedBy("027085000333", "x"))).isEmpty();
            assertThatThrownBy(() -> store.file("000.00.00.H27", "store/none.pdf"))
                    .isInstanceOf(EgovServiceException.class);
            assertThatThrownBy(() -> store.results(ResultsQuery.ownedBy("12ab", "x")))
                    .isInstanceOf(EgovClientException.class);
            assertThat(ResultsQuery.ownedBy(c.personalId(), "x").toString()).doesNotContain(c.personalId());
        }
    }

    @Test
    void qa_whenListedPushedAndAnswered_roundTripsOnThePortalSession(EgovSandbox sandbox) {
        try (PortalClient portal = PortalClient.builder()
                .endpoint(sandbox.portalEndpoint())
                .login(EgovSandbox.PORTAL_USERNAME, EgovSandbox.PORTAL_PASSWORD)
                .dstCode("000.00.00.H27")
                .agencyCode("000.00.00.H27")
                .build()) {
            PortalQa qa = portal.qa();
            PortalQa.Question q = qa.citizenQuestions().get(0);
            assertThat(q.id()).isEqualTo(1001);
            assertThat(q.sectorCode()).isEqualTo("G15-HT");
            assertThat(q.answered()).isFalse();
            assertThat(q.toString()).doesNotContain(q.askerName());
            qa.pushAnswers(List.of(new PortalQa.QuestionAnswer(
                    1001,
                    "000.00.00.H27",
                    "Cán bộ",
                    "Chuyên viên",
                    LocalDate.of(2026, 1, 2),
                    "Nộp trên Cổng DVCQG hoặc VNeID.")));
            assertThat(qa.answers(1001)).singleElement().satisfies(a -> assertThat(a.text())
                    .contains("VNeID"));
            assertThat(qa.citizenQuestions().get(0).answered()).isTrue();
            qa.pushQuestions(List.of(new PortalQa.AgencyQuestion(
                    "2001", "G15-HT", "Khai sinh liên thông là gì?", "000.00.00.H27", "UBND tỉnh Bắc Ninh")));
            assertThat(sandbox.civil().pushedQuestions())
                    .singleElement()
                    .asString()
                    .contains("\"MaLinhVuc\":\"G15-HT\"");
            assertThat(qa.agencyQuestions()).extracting(PortalQa.Question::id).containsExactly(2001L);
        }
    }
}
