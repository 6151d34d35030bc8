package th.ita.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

import java.util.function.IntConsumer;

/**
 * Lays a view out for the width of the browser window it is shown in: the phone layouts (cards, a phone's chart,
 * fewer columns) take over below {@link #NARROW_PX}. The view is told whether it is narrow when it is attached and
 * again whenever the window is resized; the resize listener goes with the view when it is detached, so a session
 * does not collect one per visit.
 */
public final class WindowWidth {

    /** Below this window width (CSS px) a screen is laid out for a phone. */
    public static final int NARROW_PX = 700;

    private WindowWidth() {
    }

    /** Calls {@code adapt} with the window's inner width in CSS px when the view is attached and on every resize. */
    public static void follow(Component view, IntConsumer adapt) {
        Registration[] resize = new Registration[1];
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> adapt.accept(details.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(event -> adapt.accept(event.getWidth()));
        });
        view.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
