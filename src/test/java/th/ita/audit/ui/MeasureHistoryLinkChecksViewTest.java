package th.ita.audit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.oit.CheckStatus;
import th.ita.oit.LinkState;
import th.ita.plan.Plan;
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
 * A measure's history shows each of its link evidence with the live check's latest result: a page changed after
 * approval is flagged in Thai in the error colour, a healthy page is not, one never checked says so; another
 * organisation's check of the same address does not count.
 */
class MeasureHistoryLinkChecksViewTest extends KaribuTest {

    static final OffsetDateTime FOUND = OffsetDateTime.of(2024, 3, 5, 2, 0, 0, 0, ZoneOffset.UTC);

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired WebsiteChecks checks;

    @Test
    void eachLinkShowsItsLastCheck_aProblemFlagged_andOnlyTheMeasuresOrganisationsChecksCount() {
        TestOrganisation a = organisations.onboard();
        TestOrganisation b = organisations.onboard();
        String changed = "https://www.a-town.go.th/oit/o12";
        String healthy = "https://www.shared-host.go.th/manual";
        String fresh = "https://www.a-town.go.th/news/1";
        String measure = OrganisationWork.measureProcess(work.approvedPlan(a, "finance"));
        work.submitWithLinks(a, measure, "finance", List.of(changed, healthy, fresh));
        checks.recorded(a.id(), changed, CheckStatus.CHANGED, 200, FOUND);
        checks.recorded(a.id(), healthy, CheckStatus.ALIVE, 200, FOUND);
        Plan planOfB = work.approvedPlan(b, "finance");
        work.submitWithLinks(b, OrganisationWork.measureProcess(planOfB), "finance", List.of(healthy));
        checks.recorded(b.id(), healthy, CheckStatus.HTTP_ERROR, 500, FOUND);

        login(a.userId("works.officer"));
        UI.getCurrent().navigate("measures/" + measure + "/history");

        EvidenceLinkTable table = _get(MeasureHistoryView.class).evidenceLinks;
        assertThat(table.isVisible()).isTrue();
        List<LinkState> rows = GridKt._findAll(table.grid);
        assertThat(rows).extracting(LinkState::url).containsExactlyInAnyOrder(changed, healthy, fresh);
        int changedRow = rows.indexOf(rows.stream().filter(r -> r.url().equals(changed)).findFirst().orElseThrow());
        int healthyRow = rows.indexOf(rows.stream().filter(r -> r.url().equals(healthy)).findFirst().orElseThrow());
        int freshRow = rows.indexOf(rows.stream().filter(r -> r.url().equals(fresh)).findFirst().orElseThrow());

        assertThat(state(table, changedRow)).isEqualTo("เนื้อหาเปลี่ยนหลังอนุมัติ");
        assertThat(theme(table, changedRow)).isEqualTo("badge error");
        assertThat(GridKt._getFormattedRow(table.grid, changedRow)).contains("5 มี.ค. 2567");
        assertThat(state(table, healthyRow)).isEqualTo("ใช้งานได้");
        assertThat(theme(table, healthyRow)).isEqualTo("badge success");
        assertThat(rows.get(healthyRow).isProblem()).as("B's failing check of the same address").isFalse();
        assertThat(state(table, freshRow)).isEqualTo("ยังไม่ได้ตรวจ");
        assertThat(theme(table, freshRow)).isNotEqualTo("badge error");

        login(b.userId("coordinator"));
        UI.getCurrent().navigate("measures/" + measure + "/history");
        assertThat(_find(EvidenceLinkTable.class)).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("ไม่พบแผนหรือมาตรการที่ระบุ");
    }

    private static String state(EvidenceLinkTable table, int row) {
        return GridKt._getCellComponent(table.grid, row, "state").getElement().getText();
    }

    private static String theme(EvidenceLinkTable table, int row) {
        return GridKt._getCellComponent(table.grid, row, "state").getElement().getAttribute("theme");
    }
}
