package io.github.egovsdk.vneid.population;

import java.util.List;

/**
 * The result of {@link PopulationDbClient#verify}: match or no match, and, for no match, which checks failed
 * ({@code NOT_FOUND}, {@code NAME}, {@code DATE_OF_BIRTH}) — never the database's data itself.
 *
 * @param outcome   MATCH or NO_MATCH
 * @param requestId {@code MaYeuCau} of the call
 * @param failed    the checks that did not match; empty for MATCH
 */
public record CitizenCheck(CheckOutcome outcome, String requestId, List<String> failed) {
    public CitizenCheck {
        failed = List.copyOf(failed);
    }

    public boolean matched() {
        return outcome == CheckOutcome.MATCH;
    }
}
