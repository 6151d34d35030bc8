package th.ita.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import th.ita.shared.I18n;
import th.ita.workflow.Groups;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import com.vaadin.flow.spring.security.RequestUtil;
import th.ita.ui.LoginView;

/**
 * Three doors, one identity (Camunda's users and groups):
 * <ul>
 *   <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic, stateless, for other systems and scripts;</li>
 *   <li>{@code /camunda/**}: the Camunda webapps, which log in and authorise on their own;</li>
 *   <li>everything else: the Vaadin UI with its form login.</li>
 * </ul>
 */
@Configuration
// The JSR-250 check on our REST controllers is RolesAllowedOnControllers' advisor, not Spring's own: that one also
// proxied every Vaadin view (they carry @RolesAllowed for Vaadin's navigation check), once per navigation.
// No @PreAuthorize and friends either (ArchitectureTest): their four advisors only matched every method of every bean
// against their annotations at each start-up, for nothing.
@EnableMethodSecurity(prePostEnabled = false)
@Import(RolesAllowedOnControllers.class)
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain restApiFilterChain(HttpSecurity http, I18n i18n) throws Exception {
        http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**"), path("/actuator/prometheus"),
                        path("/actuator/info"), path("/actuator/sbom/**")))
                .authorizeHttpRequests(auth -> auth
                        // The operator's figures (th.ita.operations): a Prometheus server scrapes as a platform admin.
                        .requestMatchers(path("/actuator/prometheus")).hasRole(Groups.PLATFORM_ADMIN)
                        // Which versions run (th.ita.operations.PlatformVersions): a map of what to attack, for the operator only.
                        .requestMatchers(path("/actuator/info"), path("/actuator/sbom/**")).hasRole(Groups.PLATFORM_ADMIN)
                        // Would check any user's password for any signed-in caller, past the login throttle.
                        .requestMatchers(path("/engine-rest/identity/verify")).denyAll()
                        // LINE's webhook signs its body with the organisation's channel secret (th.ita.line.LineWebhook).
                        .requestMatchers(path("/api/line/webhook/*")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ThrottleAwareBasicEntryPoint(i18n)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic auth carries no cookie a forged form could ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappFilterChain(HttpSecurity http) throws Exception {
        // Cockpit, Tasklist and Admin authenticate against the same identity service and check the
        // engine's application authorizations (only camunda-admin has them); they bring their own CSRF filter.
        // Except the first-admin setup (page and API), which would let anyone create an administrator while
        // camunda-admin is empty; our administrators come from ITA_ADMIN_USER/ITA_ADMIN_PASSWORD instead.
        http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/camunda/app/admin/*/setup/**"), path("/camunda/api/admin/setup/**"))
                        .denyAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/images/**", "/icons/**", "/fonts/**", "/styles/**").permitAll()
                // The error dispatch of a rejected REST call must keep its status, not become a login redirect.
                .requestMatchers("/error").permitAll());
        // Vaadin would exempt POST /login from CSRF (its login form sends no token by itself): our pages carry the token
        // for the form (LoginCsrfMeta), so only Vaadin's own requests, which carry theirs in the UIDL, are exempt.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.build();
    }

    /**
     * Matches the whole request path. The string overloads would match against Spring MVC's mapping, which
     * does not see the engine REST (a Jersey servlet) nor the Camunda webapp filters.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Hands the Spring-authenticated user of an engine REST call to the engine, so that Camunda's own
     * authorization checks decide what the caller sees (a finance officer sees finance tasks only).
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                EffectiveGroupsRestAuthentication.class.getName());
        // After Spring Security (order -100), which has put the principal on the request.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
