package th.ita;

import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import th.ita.security.LoginCsrfMeta;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The ITA improvement-measure workflow: one Spring Boot application with an embedded Camunda engine.
 * <p>
 * No {@code @Theme}: Lumo, light, is Vaadin's default. {@code @Theme(variant = Lumo.LIGHT)} named no theme, and Vaadin
 * then linked the stylesheet of a theme called "" on every page ({@code /VAADIN/themes//styles.css}, a 400).
 * Our few styles are a plain stylesheet instead ({@code META-INF/resources/styles/app.css}).
 */
@SpringBootApplication
public class ItaApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ItaApplication.class, args);
    }

    /** Thai text in the shipped Sarabun font, not in whatever the device happens to have. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "fonts/sarabun/sarabun.css");
        settings.addLink("stylesheet", "styles/app.css");
        // Named, so the browser does not ask for /favicon.ico (a 404 on every page before).
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        LoginCsrfMeta.addTo(settings);
    }

    /** Injected everywhere time matters, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
