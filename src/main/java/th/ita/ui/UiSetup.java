package th.ita.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import th.ita.shared.DatabaseOutage;
import th.ita.shared.UserInputException;

import java.util.UUID;

/**
 * Every new UI starts in the user's language (see {@link LanguageSwitcher}), and no exception
 * ever reaches the user as a stack trace: fixable input gets its message, the database away a "try again shortly"
 * (the screen keeps what was typed), the rest an apology with a reference id that is also in the log. A page that
 * cannot even be opened is {@link ServerErrorView}.
 */
@Component
public class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    private final LanguageSwitcher languageSwitcher;

    UiSetup(LanguageSwitcher languageSwitcher) {
        this.languageSwitcher = languageSwitcher;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(UiSetup::handle));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(languageSwitcher.initialLocale()));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null && !(cause instanceof UserInputException) && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        if (UI.getCurrent() == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        if (DatabaseOutage.isOutage(event.getThrowable())) {
            // The screen stays as it is, with what the user typed: they can send it again once the database is back.
            log.warn("Database unavailable: {}", event.getThrowable().getMessage());
            show(UI.getCurrent().getTranslation("error.unavailable"));
        } else if (cause instanceof UserInputException input) {
            Messages.error(input);
        } else if (cause instanceof AccessDeniedException) {
            log.warn("Access denied: {}", cause.getMessage());
            show(UI.getCurrent().getTranslation("error.forbidden"));
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            show(UI.getCurrent().getTranslation("error.unexpected", reference));
        }
    }

    private static void show(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
