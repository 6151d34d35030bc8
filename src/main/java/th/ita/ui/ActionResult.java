package th.ita.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Optional;

/**
 * The outcome of an action that ends on another page ("ส่งถึง หัวหน้ากองคลัง แล้ว" after a task is sent on), carried
 * to the page the user lands on and shown there as a line of text that takes the focus: a keyboard or screen-reader
 * user lands on what happened instead of at the top of a new page, and the text stays until they move on (a toast
 * vanishes after seconds, and read as well would have been announced twice).
 */
public final class ActionResult extends Paragraph {

    public static final String ID = "action-result";
    private static final String KEY = ActionResult.class.getName();

    private ActionResult(String text) {
        super(text);
        setId(ID);
        getElement().setAttribute("role", "status");
        // Focusable by script only: it is a message, not a stop on the tab order.
        getElement().setAttribute("tabindex", "-1");
        getElement().getThemeList().add("badge success");
        getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        // Queued now, run once the element is in the browser's page.
        getElement().executeJs("this.focus()");
    }

    /** Keeps the outcome for the next page of this browser tab. */
    public static void carry(UI ui, String text) {
        ComponentUtil.setData(ui, KEY, text);
    }

    /** The outcome carried to this page, once: shown (and focused) by the page, then forgotten. */
    public static Optional<ActionResult> take(UI ui) {
        Object text = ComponentUtil.getData(ui, KEY);
        ComponentUtil.setData(ui, KEY, null);
        return Optional.ofNullable(text).map(value -> new ActionResult(value.toString()));
    }
}
