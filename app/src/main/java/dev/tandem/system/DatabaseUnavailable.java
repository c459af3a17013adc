package dev.tandem.system;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database cannot be reached (down, restarting, network gone) from any other: that one
 * is answered with 503 and passes by itself, since the connection pool reconnects once the database is back.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedIt(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // a statement failed on a dead connection and then its rollback failed too: the first failure tells
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure && causedIt(rollback.getApplicationException())) {
                return true;
            }
            // SQL state class 08: connection exception (PostgreSQL reports a lost server so)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
