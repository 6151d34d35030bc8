package th.ita.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the {@link LoginThrottle} in front of the Camunda webapps' sign-in. The form login and HTTP Basic get it
 * through {@link CamundaIdentityAuthenticationProvider} instead.
 */
@Configuration
class LoginThrottleConfig {

    /** Spring Security's filter chain runs at -100; after it, so requests its firewall rejects never get here. */
    static final int ORDER = -90;

    @Bean
    FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottleFilter(LoginThrottle throttle,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle));
        registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
