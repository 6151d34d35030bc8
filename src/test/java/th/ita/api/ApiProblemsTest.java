package th.ita.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import th.ita.shared.I18n;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** An outage of the database is a 503 the caller can act on (Thai, Retry-After), not a 500 with a reference. */
class ApiProblemsTest {

    final ApiProblems problems = new ApiProblems(new I18n());

    @Test
    void noDatabaseConnection_isA503_inThai_withRetryAfter() {
        var down = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 20000ms"));

        ResponseEntity<ProblemDetail> answer = problems.databaseUnavailable(down, new MockHttpServletRequest("GET", "/api/tasks"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(answer.getBody().getDetail()).startsWith("ระบบขัดข้องชั่วคราว").doesNotContain("Hikari", "JDBC");
        assertThat(answer.getBody().getProperties()).containsEntry("messageKey", "error.unavailable");
    }
}
