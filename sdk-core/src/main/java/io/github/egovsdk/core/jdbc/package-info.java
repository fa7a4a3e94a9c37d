/**
 * A small shared JDBC layer for the SDK's cluster-safe stores (receive checkpoints, send outbox, tracker, dossier
 * counters): a {@link io.github.egovsdk.core.jdbc.JdbcDatabase} over your {@code DataSource} with transactions,
 * a configurable table prefix, the {@link io.github.egovsdk.core.jdbc.SqlDialect} (PostgreSQL or H2 — every dialect
 * difference lives there) and a versioned schema migration you may call or disable. Plain JDBC, no ORM; the JDBC
 * driver is your choice (the SDK depends on none).
 */
package io.github.egovsdk.core.jdbc;
