package io.github.egovsdk.dvc.results;

import io.github.egovsdk.core.privacy.Redactor;
import java.util.List;

/**
 * A results-store query: the owner's personal ID ({@code SoDinhDanhChuSoHuu}), the requester's name and ID, the
 * channel ({@code KenhThucHien}: the reference client sends {@code "2"} for a citizen's own search and both
 * {@code "1"} and {@code "2"} for officers — which is right is unpublished, so it is the caller's choice), the
 * procedure being prepared ({@code MaThuTuc}) and the result types wanted ({@code DanhSachDanhMucKetQua[].MaKetQua};
 * empty = all). {@link #toString()} masks the IDs.
 */
public record ResultsQuery(
        String ownerId,
        String requesterName,
        String channel,
        String requesterId,
        String procedureCode,
        List<String> resultCodes) {

    public ResultsQuery {
        resultCodes = resultCodes == null ? List.of() : List.copyOf(resultCodes);
    }

    /** A citizen looking up their own results (channel 2, requester = owner). */
    public static ResultsQuery ownedBy(String personalId, String name) {
        return new ResultsQuery(personalId, name, "2", personalId, null, List.of());
    }

    public ResultsQuery withResultCodes(List<String> codes) {
        return new ResultsQuery(ownerId, requesterName, channel, requesterId, procedureCode, codes);
    }

    @Override
    public String toString() {
        return "ResultsQuery[owner=" + (ownerId == null ? null : Redactor.maskPersonalId(ownerId)) + ", channel="
                + channel + ", types=" + resultCodes + "]";
    }
}
