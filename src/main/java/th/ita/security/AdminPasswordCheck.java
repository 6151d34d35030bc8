package th.ita.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * A production installation ({@code postgres} profile) must not start with a known or empty administrator
 * password: Camunda would create the first administrator with it (an empty one even falls back to the user id).
 * Runs on the environment, before any bean or the engine exists, so nothing is created with a bad password.
 * Registered in {@code META-INF/spring.factories}; {@link AdminPasswordFailureAnalyzer} explains the refusal.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("postgres"))
                && environment.getProperty(PROPERTY, "").isBlank()) {
            throw new MissingAdminPasswordException();
        }
    }

    /** After the config data processor, which reads the profile's properties file and activates profiles. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Start-up refused: no administrator password in a production installation. */
    public static class MissingAdminPasswordException extends IllegalStateException {
        MissingAdminPasswordException() {
            super("No administrator password: set ITA_ADMIN_PASSWORD (or " + PROPERTY + ") to start the postgres profile");
        }
    }
}
