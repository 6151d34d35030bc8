package th.ita.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator password into a start-up report that says what to set. */
public class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordCheck.MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordCheck.MissingAdminPasswordException cause) {
        return new FailureAnalysis(
                "The postgres profile has no password for the first Camunda administrator ("
                        + AdminPasswordCheck.PROPERTY + " is empty).",
                "Set ITA_ADMIN_PASSWORD to the administrator's password, e.g. "
                        + "SPRING_PROFILES_ACTIVE=postgres ITA_ADMIN_PASSWORD=... java -jar ita-workflow.jar",
                cause);
    }
}
