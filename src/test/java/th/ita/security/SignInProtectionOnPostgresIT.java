package th.ita.security;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import th.ita.support.MovableClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@Import(MovableClockConfig.class)
class SignInProtectionOnPostgresIT extends AbstractSignInProtectionIT {

    @Value("${camunda.bpm.admin-user.id}") String adminId;
    @Value("${camunda.bpm.admin-user.password}") String adminPassword;

    /**
     * The production profile's first administrator is saved under the policy (there is no default password: the
     * tests configure one), so a password that fails it would stop the start.
     */
    @Test
    void theConfiguredAdministratorPasswordPassesThePolicy() {
        User admin = identityService.newUser(adminId);
        assertThat(identityService.checkPasswordAgainstPolicy(adminPassword, admin).isValid()).isTrue();
    }
}
