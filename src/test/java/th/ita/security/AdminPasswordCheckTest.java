package th.ita.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;
import th.ita.ItaApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminPasswordCheckTest {

    private final AdminPasswordCheck check = new AdminPasswordCheck();

    @Test
    void postgresProfileWithoutAnAdminPassword_refusesToStart_sayingWhatToSet() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        environment.setProperty(AdminPasswordCheck.PROPERTY, " ");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(AdminPasswordCheck.MissingAdminPasswordException.class)
                .hasMessageContaining("set ITA_ADMIN_PASSWORD");
    }

    @Test
    void postgresProfileWithAPassword_andTheDemoProfileWithout_start() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");
        production.setProperty(AdminPasswordCheck.PROPERTY, "s3cret-enough");
        assertThatCode(() -> check.postProcessEnvironment(production, new SpringApplication())).doesNotThrowAnyException();
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    /** The real start-up: the shipped application-postgres.properties has no default password any more. */
    @Test
    void applicationStartedWithThePostgresProfileAndNoPassword_failsBeforeTouchingTheDatabase() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ItaApplication.class)
                .profiles("postgres").web(WebApplicationType.NONE);

        // Empty on the command line, as an unset ITA_ADMIN_PASSWORD resolves (the test classpath sets one).
        assertThatThrownBy(() -> app.run("--camunda.bpm.admin-user.password=",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))
                .isInstanceOf(AdminPasswordCheck.MissingAdminPasswordException.class);
    }

    @Test
    void failureAnalysisTellsTheOperatorToSetItaAdminPassword() {
        FailureAnalysis analysis = new AdminPasswordFailureAnalyzer()
                .analyze(new IllegalStateException(new AdminPasswordCheck.MissingAdminPasswordException()));

        assertThat(analysis.getAction()).contains("ITA_ADMIN_PASSWORD");
        assertThat(analysis.getDescription()).contains("camunda.bpm.admin-user.password");
    }
}
