package th.ita.dashboard.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.oit.CheckStatus;
import th.ita.oit.FlaggedLink;
import th.ita.oit.OitService;
import th.ita.plan.Plan;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.WebsiteChecks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard flags the organisation's website links the live checker found failing: what is wrong in Thai, since
 * when, and the OIT item or measure that uses each, as links there. A healthy link is not flagged, and another
 * organisation's checks never show, not even of the same address.
 */
class DashboardFlaggedLinksViewTest extends KaribuTest {

    static final OffsetDateTime FOUND = OffsetDateTime.of(2024, 3, 5, 2, 0, 0, 0, ZoneOffset.UTC);

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired WebsiteChecks checks;
    @Autowired OitService oit;

    @Test
    void brokenLinksAreFlaggedWithTheirProblemSinceWhenAndUse_healthyOnesAndAnotherOrganisationsAreNot() {
        TestOrganisation a = organisations.onboard();
        TestOrganisation b = organisations.onboard();
        String missing = "https://www.a-town.go.th/news/2567/budget";
        String healthy = "https://www.shared-host.go.th/about";
        String moved = "https://www.a-town.go.th/oit/o14";
        String othersBroken = "https://www.b-town.go.th/plan";
        Plan planOfA = work.approvedPlan(a, "finance");
        String measureOfA = OrganisationWork.measureProcess(planOfA);
        work.submitWithLinks(a, measureOfA, "finance", List.of(missing, healthy));
        oit.answer(a.id(), FiscalYear.of(2566), "o14", List.of(moved), null, a.user("coordinator"));
        Plan planOfB = work.approvedPlan(b, "finance");
        // B links to A's missing page too: A's dashboard names only A's own uses of it.
        work.submitWithLinks(b, OrganisationWork.measureProcess(planOfB), "finance", List.of(othersBroken, healthy, missing));

        login(a.userId("finance.officer"));
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(Div.class, spec -> spec.withId("dashboard-flagged"))).as("nothing checked yet").isEmpty();

        checks.recorded(a.id(), missing, CheckStatus.HTTP_ERROR, 404, FOUND);
        checks.recorded(a.id(), healthy, CheckStatus.ALIVE, 200, FOUND);
        checks.recorded(a.id(), moved, CheckStatus.OFF_DOMAIN, 302, FOUND.plusDays(2));
        checks.recorded(b.id(), othersBroken, CheckStatus.TIMEOUT, null, FOUND);
        checks.recorded(b.id(), healthy, CheckStatus.UNREACHABLE, null, FOUND);
        // Vaadin keeps a view when navigating to where it already is: go through another page for a fresh dashboard.
        UI.getCurrent().navigate("notifications");
        UI.getCurrent().navigate(DashboardView.class);

        DashboardView view = _get(DashboardView.class);
        Div card = _get(Div.class, spec -> spec.withId("dashboard-flagged"));
        assertThat(_get(card, H3.class).getText()).isEqualTo("ลิงก์บนเว็บไซต์ที่มีปัญหา (2 ลิงก์)");
        assertThat(GridKt._findAll(view.flaggedLinks)).extracting(FlaggedLink::url).containsExactly(missing, moved);
        assertThat(text(view, 0, "problem")).isEqualTo("ไม่พบหน้าเว็บ (HTTP 404)");
        assertThat(GridKt._getCellComponent(view.flaggedLinks, 0, "problem").getElement().getAttribute("theme"))
                .isEqualTo("badge error");
        assertThat(GridKt._getFormattedRow(view.flaggedLinks, 0)).contains("5 มี.ค. 2567");
        assertThat(text(view, 0, "usedIn")).isEqualTo("มาตรการที่ 1. มาตรการของ " + a.prefix() + " (ปีงบประมาณ " + th.ita.support.OrganisationWork.YEAR + ")");
        assertThat(anchors(view, 0)).containsExactly("measures/" + measureOfA + "/history");
        assertThat(text(view, 1, "problem")).isEqualTo("ออกนอกโดเมนหลักของหน่วยงาน");
        assertThat(GridKt._getFormattedRow(view.flaggedLinks, 1)).contains("7 มี.ค. 2567");
        assertThat(text(view, 1, "usedIn")).isEqualTo("ข้อ OIT o14 ปีงบประมาณ 2566");
        assertThat(anchors(view, 1)).containsExactly("oit?year=2566&organisation=" + a.id());

        login(b.userId("coordinator"));
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView ofB = _get(DashboardView.class);
        assertThat(GridKt._findAll(ofB.flaggedLinks)).extracting(FlaggedLink::url)
                .containsExactly(othersBroken, healthy).doesNotContain(missing, moved);
        assertThat(text(ofB, 1, "problem")).isEqualTo("ไม่ตอบสนอง (เชื่อมต่อเว็บไซต์ไม่ได้)");
    }

    private static String text(DashboardView view, int row, String column) {
        return GridKt._getCellComponent(view.flaggedLinks, row, column).getElement().getTextRecursively();
    }

    private static List<String> anchors(DashboardView view, int row) {
        Component cell = GridKt._getCellComponent(view.flaggedLinks, row, "usedIn");
        return _find(cell, Anchor.class).stream().map(Anchor::getHref).toList();
    }
}
