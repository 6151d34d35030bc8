package bench.bare;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The ITA application's stack without its code, for the cold-start comparison of the scale benchmark
 * ({@code th.ita.bench.ColdStart}): started on the same class path (Spring Boot, Camunda with REST and webapps,
 * Vaadin with the same production bundle, Spring Security, Flyway, the JDBC driver), with the same
 * {@code application.properties}, but scanning only this package: one Vaadin view, the login form, and Vaadin's
 * security configuration. Outside {@code th.ita} on purpose, so that no test context's component scan finds it.
 */
@SpringBootApplication
@Theme(variant = Lumo.LIGHT)
public class BareApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    @Bean
    SecurityFilterChain vaadinFilterChain(HttpSecurity http) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(BareLoginView.class));
        return http.build();
    }
}
