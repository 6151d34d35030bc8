package th.ita.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the no-access and not-found pages share: a heading, a sentence naming the path asked for, and a way back,
 * in the user's language, inside the application's shell (the side navigation shows where one may go instead).
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;
    final H2 heading = new H2();
    final Paragraph text = new Paragraph();

    ErrorPage(String titleKey) {
        this.titleKey = titleKey;
        setMaxWidth("48rem");
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.setId("error-home");
        add(heading, text, home);
    }

    /** Fills the page for the path of this navigation; {@code textKey} takes the path as {0}. */
    void show(BeforeEnterEvent event, String id, String textKey) {
        setId(id);
        heading.setText(getTranslation(titleKey));
        text.setText(getTranslation(textKey, "/" + event.getLocation().getPath()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
