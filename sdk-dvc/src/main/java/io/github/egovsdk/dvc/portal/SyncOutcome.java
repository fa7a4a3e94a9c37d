package io.github.egovsdk.dvc.portal;

/** What a dossier upsert did on the portal. */
public enum SyncOutcome {
    /** Inserted: the portal did not know the dossier code. */
    CREATED,
    /** The portal already had the dossier code (e.g. an earlier attempt got through): it was updated instead. */
    UPDATED
}
