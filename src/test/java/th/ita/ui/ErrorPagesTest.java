package th.ita.ui;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;
import th.ita.approval.ui.ApprovalView;
import th.ita.support.KaribuTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page the role may not open, and a page that does not exist, are said so in the user's language (not Vaadin's
 * English "Could not navigate to 'approval'"), inside the shell, with a way back.
 */
class ErrorPagesTest extends KaribuTest {

    @Override
    protected Routes routes() {
        return APPLICATION_ROUTES;
    }

    @Test
    void officerAtTheApprovalPage_getsTheThaiNoAccessPage_andNotTheView() {
        login("finance.officer");

        UI.getCurrent().navigate("approval");

        _assertNone(ApprovalView.class);
        NoAccessView page = _get(NoAccessView.class);
        assertThat(page.getId()).contains("no-access");
        assertThat(page.heading.getText()).isEqualTo("ไม่มีสิทธิ์เข้าถึงหน้านี้");
        assertThat(page.text.getText()).contains("/approval").contains("ไม่มีสิทธิ์เปิดหน้านี้");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("ไม่มีสิทธิ์เข้าถึงหน้านี้");
        _get(MainLayout.class);
    }

    @Test
    void inEnglish_theNoAccessPageIsEnglish() {
        login("finance.officer");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("approval");

        assertThat(_get(NoAccessView.class).heading.getText()).isEqualTo("No access to this page");
    }

    @Test
    void unknownPath_getsTheThaiNotFoundPage() {
        login("finance.officer");

        // As the browser opens a link: UI.navigate would leave an unknown path to a client-side route.
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no-such-page"), NavigationTrigger.PAGE_LOAD);

        NotFoundView page = _get(NotFoundView.class);
        assertThat(page.heading.getText()).isEqualTo("ไม่พบหน้าที่ต้องการ");
        assertThat(page.text.getText()).contains("/no-such-page");
    }
}
