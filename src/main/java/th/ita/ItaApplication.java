package th.ita;

import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The ITA improvement-measure workflow: one Spring Boot application with an embedded Camunda engine. */
@SpringBootApplication
@Theme(variant = Lumo.LIGHT)
public class ItaApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ItaApplication.class, args);
    }

    /** Thai text in the shipped Sarabun font, not in whatever the device happens to have. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "fonts/sarabun/sarabun.css");
    }

    /** Injected everywhere time matters, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
