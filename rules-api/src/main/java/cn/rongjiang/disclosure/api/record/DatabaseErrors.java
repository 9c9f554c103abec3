package cn.rongjiang.disclosure.api.record;

import java.sql.SQLException;

/**
 * Describes a database failure for logs and health checks without its message: a driver's message
 * may quote the value it could not store (an item's title), so only the exception class and the
 * SQL state go out.
 */
final class DatabaseErrors {
    private DatabaseErrors() {
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getClass().getSimpleName() + " (SQL state " + sql.getSQLState() + ")";
            }
        }
        return e.getClass().getSimpleName();
    }
}
