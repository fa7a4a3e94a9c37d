package io.github.egovsdk.core.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection, inside a transaction when run by {@link JdbcDatabase#inTransaction}. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
