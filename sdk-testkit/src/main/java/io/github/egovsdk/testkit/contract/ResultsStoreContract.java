package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.dvc.results.DigitisedResult;
import io.github.egovsdk.dvc.results.DigitisedResultsClient;
import io.github.egovsdk.dvc.results.ResultsQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sdk-dvc's {@link DigitisedResultsClient} against the portal's results store (kho số hóa): the test owner's
 * documents are listed with their agency and files, each file is fetched (non-empty bytes), a filter by result code
 * keeps only that code, an unknown file path is a service error, a malformed owner ID is refused before anything is
 * sent. Subclass it with a {@link ResultsStoreTarget}.
 */
public abstract class ResultsStoreContract {

    protected abstract ResultsStoreTarget target();

    /** Builds the client; override to add credentials, a proxy, TLS settings or timeouts. */
    protected DigitisedResultsClient client() {
        ResultsStoreTarget t = target();
        return DigitisedResultsClient.builder()
                .endpoint(t.endpoint())
                .paths(t.listPath(), t.filePath())
                .build();
    }

    /** The target, with its test document put in place when it can (the sandbox does; staging has it). */
    private ResultsStoreTarget prepared() {
        ResultsStoreTarget t = target();
        if (t.prepare() != null) {
            t.prepare().run();
        }
        return t;
    }

    @Test
    void results_whenOwnerHasDocuments_listsThemWithTheirFilesAndEachFileIsFetched() {
        ResultsStoreTarget t = prepared();
        try (DigitisedResultsClient store = client()) {
            List<DigitisedResult> all = store.results(ResultsQuery.ownedBy(t.ownerId(), t.ownerName()));
            assertThat(all).extracting(DigitisedResult::resultCode).contains(t.resultCode());
            DigitisedResult d = all.stream()
                    .filter(r -> t.resultCode().equals(r.resultCode()))
                    .findFirst()
                    .orElseThrow();
            assertThat(d.agency()).as("CoQuanChuQuan, needed to fetch files").isNotBlank();
            assertThat(d.files()).isNotEmpty();
            assertThat(store.files(d)).allSatisfy(bytes -> assertThat(bytes).isNotEmpty());
        }
    }

    @Test
    void results_whenFilteredByResultCode_keepOnlyThatCode() {
        ResultsStoreTarget t = prepared();
        try (DigitisedResultsClient store = client()) {
            assertThat(store.results(
                            ResultsQuery.ownedBy(t.ownerId(), t.ownerName()).withResultCodes(List.of(t.resultCode()))))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.resultCode()).isEqualTo(t.resultCode()));
        }
    }

    @Test
    void file_whenPathUnknown_isAServiceError() {
        ResultsStoreTarget t = prepared();
        try (DigitisedResultsClient store = client()) {
            DigitisedResult any = store.results(ResultsQuery.ownedBy(t.ownerId(), t.ownerName()))
                    .get(0);
            assertThatThrownBy(() -> store.file(any.agency(), "khong-ton-tai/contract-test.pdf"))
                    .isInstanceOf(EgovServiceException.class);
        }
    }

    @Test
    void results_whenOwnerIdMalformed_isRefusedBeforeSending() {
        try (DigitisedResultsClient store = client()) {
            assertThatThrownBy(() -> store.results(ResultsQuery.ownedBy("12ab", "x")))
                    .isInstanceOf(EgovClientException.class);
        }
    }
}
