package th.ita.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.shared.DatabaseOutage;

import java.util.UUID;

/**
 * A page that could not be built, in the user's language instead of Vaadin's stack trace. The database away (a
 * restart, a failover) is an outage: "ระบบขัดข้องชั่วคราว กรุณาลองใหม่" with a link that opens the same page again,
 * answered 503, one line in the log. Anything else is an apology with a reference id that is also in the log (500).
 * Not inside {@link MainLayout}: the shell reads the database too (badges), and would fail the same way. Anonymous
 * allowed, as an error page must be reachable by whoever hit the error.
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private final H2 heading = new H2();
    private final Paragraph text = new Paragraph();
    private final Anchor again = new Anchor();
    private String title = "";

    public ServerErrorView() {
        setMaxWidth("48rem");
        again.setId("error-retry");
        add(heading, text, again);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        again.setHref(event.getLocation().getPathWithQueryParameters());
        if (DatabaseOutage.isOutage(error)) {
            log.warn("Database unavailable while opening /{}: {}", event.getLocation().getPath(), error.getMessage());
            show("database-outage", "error.outage.title", getTranslation("error.unavailable"), "error.retry");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error while opening /{}, reference {}", event.getLocation().getPath(), reference, error);
        show("server-error", "error.server.title", getTranslation("error.unexpected", reference), "error.home");
        again.setHref("");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private void show(String id, String titleKey, String sentence, String linkKey) {
        setId(id);
        title = getTranslation(titleKey);
        heading.setText(title);
        text.setText(sentence);
        again.setText(getTranslation(linkKey));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
