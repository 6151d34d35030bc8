package th.ita.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import th.ita.support.KaribuTest;

import java.sql.SQLTransientConnectionException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screens while the database is away: a page that cannot be built shows the Thai "ระบบขัดข้องชั่วคราว กรุณาลองใหม่"
 * page with a link that opens it again (not a stack trace, not the generic apology); an action on an open screen that
 * fails for the outage leaves the screen and what was typed in it, with a Thai notice. The real outage (the database
 * cut under a running server) is {@code th.ita.operations.DatabaseOutageIT}.
 */
class DatabaseOutageScreensTest extends KaribuTest {

    /** As the pool reports a database it cannot reach, wrapped as Spring's JDBC layer does. */
    static RuntimeException outage() {
        return new DataAccessResourceFailureException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms."));
    }

    /** A page whose service call meets the outage while the page is built; registered by the test only. */
    @AnonymousAllowed
    public static class PageNeedingTheDatabase extends Div {
        public PageNeedingTheDatabase() {
            throw outage();
        }
    }

    /** A page that fails for a reason that is no outage. */
    @AnonymousAllowed
    public static class BrokenPage extends Div {
        public BrokenPage() {
            throw new IllegalStateException("a bug");
        }
    }

    @Override
    protected Routes routes() {
        return APPLICATION_ROUTES;
    }

    @Test
    void aPageThatMeetsTheOutage_showsTheThaiTryAgainPage_withALinkToTheSamePage() {
        login("finance.officer");
        RouteConfiguration.forSessionScope().setRoute("outage-probe", PageNeedingTheDatabase.class);

        open("outage-probe?tab=2");

        ServerErrorView page = _get(ServerErrorView.class);
        assertThat(page.getId()).hasValue("database-outage");
        assertThat(_get(page, H2.class).getText()).isEqualTo("ระบบขัดข้องชั่วคราว กรุณาลองใหม่");
        assertThat(_get(page, Paragraph.class).getText()).startsWith("ระบบขัดข้องชั่วคราว");
        Anchor again = _get(page, Anchor.class);
        assertThat(again.getText()).isEqualTo("ลองใหม่");
        assertThat(again.getHref()).isEqualTo("outage-probe?tab=2");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("ระบบขัดข้องชั่วคราว กรุณาลองใหม่");
    }

    @Test
    void aPageThatFailsForAnotherReason_getsTheApologyWithAReference_notTheOutagePage() {
        login("finance.officer");
        RouteConfiguration.forSessionScope().setRoute("broken-probe", BrokenPage.class);

        open("broken-probe");

        ServerErrorView page = _get(ServerErrorView.class);
        assertThat(page.getId()).hasValue("server-error");
        assertThat(_get(page, Paragraph.class).getText()).startsWith("ขออภัย ระบบขัดข้อง กรุณาแจ้งผู้ดูแลระบบพร้อมรหัสอ้างอิง ");
    }

    @Test
    void anActionThatMeetsTheOutage_keepsTheScreenAndWhatWasTyped_andSaysTryAgainInThai() {
        login("finance.officer");
        TextField typed = new TextField();
        typed.setValue("รายงานผลที่พิมพ์ไว้");
        UI.getCurrent().add(typed);

        UiSetup.handle(new ErrorEvent(new IllegalStateException("engine", outage())));

        NotificationsKt.expectNotifications("ระบบขัดข้องชั่วคราว (ฐานข้อมูลไม่ตอบสนอง) กรุณาลองใหม่ในอีกสักครู่ "
                + "ข้อมูลที่บันทึกไว้แล้วไม่สูญหาย");
        assertThat(typed.getValue()).isEqualTo("รายงานผลที่พิมพ์ไว้");
        _assertNone(ServerErrorView.class);
    }

    /** As the browser opens a link. */
    private static void open(String pathAndQuery) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(pathAndQuery), NavigationTrigger.PAGE_LOAD);
    }
}
