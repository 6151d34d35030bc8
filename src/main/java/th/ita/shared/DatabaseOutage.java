package th.ita.shared;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether an exception means that the database is away (a restart, a failover, the network), whoever wrapped it:
 * Spring's JDBC and transaction layers throw their own types, the process engine wraps the driver's error in a
 * {@code ProcessEngineException} / MyBatis {@code PersistenceException}. An outage is answered as one (503, a
 * "try again" page), never as a bug with a stack trace.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08: connection exception (PostgreSQL, H2 and the SQL standard alike). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL's "admin shutdown" / "crash shutdown" / "cannot connect now" (class 57P). */
    private static final String OPERATOR_INTERVENTION_CLASS = "57P";

    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    // A commit or rollback the connection could not do: Spring keeps the statement's own error
                    // (the driver's "I/O error") aside as the application exception, the cause is the pool's
                    // "Connection is closed", which carries no SQLSTATE.
                    || cause instanceof TransactionSystemException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                    || sql.getSQLState().startsWith(OPERATOR_INTERVENTION_CLASS))) {
                return true;
            }
        }
        return false;
    }
}
