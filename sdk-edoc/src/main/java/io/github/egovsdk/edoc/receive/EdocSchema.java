package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.jdbc.JdbcDatabase;

/**
 * The edoc tables (receive checkpoints, handled identities, send outbox, tracker), shipped as versioned DDL in
 * {@code io/github/egovsdk/edoc/schema/<postgresql|h2>/V<n>.sql} with {@code ${prefix}} for the table prefix.
 */
public final class EdocSchema {
    /** The component name in {@code <prefix>schema_version}. */
    public static final String COMPONENT = "edoc";

    private EdocSchema() {}

    /** Applies the edoc migrations not yet applied; returns the schema version. */
    public static int migrate(JdbcDatabase db) {
        return db.migrate(COMPONENT, EdocSchema.class, "/io/github/egovsdk/edoc/schema");
    }
}
