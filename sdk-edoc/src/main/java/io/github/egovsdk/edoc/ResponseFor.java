package io.github.egovsdk.edoc;

/**
 * The earlier document a message answers, revokes or reports on (văn bản được phản hồi).
 *
 * @param organId          the agency that issued it
 * @param code             {@code number/notation} as one string
 * @param documentId       its {@code DocumentId}
 * @param promulgationDate its date as written ({@code yyyy/MM/dd}); raw because real files carry inconsistent dates
 */
public record ResponseFor(String organId, String code, String documentId, String promulgationDate) {
}
