package th.ita.shared;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as the database being away, however deep the driver's error is wrapped. */
class DatabaseOutageTest {

    @Test
    void thePoolsTimeout_throughSpringsJdbcLayer_isAnOutage() {
        assertThat(DatabaseOutage.isOutage(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    }

    @Test
    void theDriversConnectionError_wrappedByTheEngine_isAnOutage() {
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseOutage.isOutage(new ProcessEngineException("persistence", new RuntimeException(io)))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
    }

    @Test
    void aRollbackOnAClosedConnection_isAnOutage() {
        assertThat(DatabaseOutage.isOutage(new ProcessEngineException("persistence",
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void aConstraintViolationOrABug_isNoOutage() {
        assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new ProcessEngineException("no task"))).isFalse();
    }
}
