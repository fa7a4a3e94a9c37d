package io.github.egovsdk.core.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} on {@link DriverManager} keeping a few idle connections for reuse (opening a PostgreSQL
 * connection forks a server process: far slower than the SDK's short statements). Not a full pool — no size limit on
 * connections in use, no validation beyond dropping a connection that failed: production deployments pass their own
 * pooled {@code DataSource}.
 */
final class DriverManagerDataSource implements DataSource {
    private static final int MAX_IDLE = 4;
    private final String url;
    private final String user;
    private final String password;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    DriverManagerDataSource(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = idle.pollFirst();
        if (c != null) {
            idleCount.decrementAndGet();
        } else {
            c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }
        return wrap(c);
    }

    /** A proxy whose close() hands the connection back (auto-commit restored, nothing pending) or closes it. */
    private Connection wrap(Connection real) {
        boolean[] broken = {false};
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("close")) {
                        if (!closed[0]) {
                            closed[0] = true;
                            giveBack(real, broken[0]);
                        }
                        return null;
                    }
                    if (name.equals("isClosed")) {
                        return closed[0] || real.isClosed();
                    }
                    if (closed[0]) {
                        throw new SQLException("Connection is closed", "08003");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof SQLException se
                                && (se.getSQLState() == null || se.getSQLState().startsWith("08"))) {
                            broken[0] = true;
                        }
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection c, boolean broken) throws SQLException {
        boolean keep = !broken && idleCount.get() < MAX_IDLE;
        if (keep) {
            try {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                keep = false;
            }
        }
        if (keep) {
            idleCount.incrementAndGet();
            idle.addFirst(c);
        } else {
            c.close();
        }
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return DriverManager.getConnection(url, username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logging is global; not changed from here
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "DriverManagerDataSource[" + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + "]";
    }
}
