package io.github.egovsdk.vneid.population;

import java.util.List;

/**
 * What {@code GetRequestResult} answered for an asynchronous batch request: the records when ready. The reply shape
 * of the request-management operations is not published; a reply carrying a {@code CongdanCollection} is read as
 * ready, any other as pending with its {@code TrangThai} (or {@code Status}) text.
 *
 * @param requestId the batch's {@code MaYeuCau}
 * @param ready     whether the records are there
 * @param status    the server's status text ("" when none)
 * @param records   the records (empty while pending)
 */
public record BatchRequestResult(String requestId, boolean ready, String status, List<CitizenRecord> records) {
    public BatchRequestResult {
        records = List.copyOf(records);
    }
}
