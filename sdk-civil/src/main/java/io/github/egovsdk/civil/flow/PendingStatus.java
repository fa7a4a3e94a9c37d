package io.github.egovsdk.civil.flow;

import io.github.egovsdk.civil.interconnect.StatusUpdate;

/**
 * A status waiting to be pushed to the DVCLT software (the outbox row): the vendor's id (ordering: oldest first) and
 * the update. Rows are written in the same transaction as the dossier change that caused them.
 */
public record PendingStatus(long id, StatusUpdate update) {}
