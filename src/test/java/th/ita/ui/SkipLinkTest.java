package th.ita.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import th.ita.inbox.ui.InboxView;
import th.ita.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The skip link leads past the top bar and the menu to the page, which is the document's main landmark. */
class SkipLinkTest extends KaribuTest {

    @Test
    void theSkipLinkPointsAtThePage_whichIsTheMainLandmark() {
        login("finance.officer");
        UI.getCurrent().navigate(InboxView.class);

        Anchor skip = _get(Anchor.class, spec -> spec.withId("skip-to-content"));
        assertThat(skip.getText()).isEqualTo("ข้ามไปยังเนื้อหา");
        // First in the top bar, which is the banner landmark: nothing of the shell is outside a landmark.
        assertThat(skip.getParent().orElseThrow().getElement().getAttribute("role")).isEqualTo("banner");
        assertThat(skip.getParent().orElseThrow().getElement().getChild(0)).isEqualTo(skip.getElement());

        MainLayout layout = _get(MainLayout.class);
        String pageId = layout.getContent().getId().orElseThrow();
        assertThat(skip.getHref()).isEqualTo("#" + pageId);
        assertThat(layout.getContent().getElement().getAttribute("role")).isEqualTo("main");
        assertThat(layout.getContent()).isInstanceOf(InboxView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("งานของฉัน");
    }
}
