package th.ita.province.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.province.NewProvinceAuditor;
import th.ita.province.OrganisationStanding;
import th.ita.province.ProvinceAuditors;
import th.ita.province.ProvinceFixtures;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The province auditor's page: their province's organisations only, their figures, links and no action. */
class ProvinceViewTest extends KaribuTest {

    @Autowired TestOrganisations testOrganisations;
    @Autowired ProvinceAuditors auditors;
    @Autowired ProvinceFixtures fixtures;

    String province;
    String auditor;
    TestOrganisation first;
    TestOrganisation second;
    TestOrganisation elsewhere;

    @AfterEach
    void removeFigures() {
        fixtures.removeAll();
    }

    @BeforeEach
    void twoOrganisationsOfTheProvinceAndOneOfAnother() {
        province = ProvinceFixtures.newProvince();
        first = testOrganisations.onboard(province);
        second = testOrganisations.onboard(province);
        elsewhere = testOrganisations.onboard(ProvinceFixtures.newProvince());
        auditor = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        auditors.create(new NewProvinceAuditor(auditor, "สมบัติ", "ตรวจสอบ", null, TestOrganisations.PASSWORD, province),
                TestOrganisations.PLATFORM_ADMIN);
    }

    @Test
    void anAuditorSeesBothOrganisationsOfTheirProvince_notTheOther_withoutAnyButton_andTheReadIsLogged() {
        login(auditor);
        UI.getCurrent().navigate(ProvinceView.class);

        ProvinceView view = _get(ProvinceView.class);
        List<OrganisationStanding> rows = rows(view);
        assertThat(rows).extracting(OrganisationStanding::organisationId)
                .containsExactlyInAnyOrder(first.id(), second.id())
                .doesNotContain(elsewhere.id());
        // None on the page (the layout's own language and logout buttons are not the page's), none in a row.
        assertThat(_find(view, Button.class)).isEmpty();
        rows.forEach(row -> links(view, row.organisationId()));
        assertThat(fixtures.readLogRows(auditor, null)).isEqualTo(1);
    }

    @Test
    void eachRowShowsTheFigures_andLinksCarryTheOrganisationAndItsLatestPlan() {
        fixtures.assessment(first.id(), 2566, "88.25", "A");
        long plan = fixtures.plan(first.id(), 2567, 4, 1, 2);
        login(auditor);
        UI.getCurrent().navigate(ProvinceView.class);

        ProvinceView view = _get(ProvinceView.class);
        int row = rows(view).stream().map(OrganisationStanding::organisationId).toList().indexOf(first.id());
        assertThat(GridKt._getFormatted(view.grid, row, "result")).isEqualTo("ปี 2566: คะแนน 88.25 ระดับ A");
        assertThat(GridKt._getFormatted(view.grid, row, "measures")).isEqualTo("1 จาก 4");
        assertThat(GridKt._getFormatted(view.grid, row, "overdue")).isEqualTo("2");
        assertThat(links(view, first.id())).containsExactly(
                "dashboard?organisation=" + first.id() + "&plan=" + plan,
                "plans?organisation=" + first.id() + "&plan=" + plan,
                "plans/" + plan + "/audit",
                "plans/" + plan + "/report");
        // The organisation without a plan has its dashboard link only.
        assertThat(links(view, second.id())).containsExactly("dashboard?organisation=" + second.id());
    }

    private static List<OrganisationStanding> rows(ProvinceView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    /** The links of an organisation's row, rendered as the grid would; no button among them. */
    private static List<String> links(ProvinceView view, long organisationId) {
        int row = rows(view).stream().map(OrganisationStanding::organisationId).toList().indexOf(organisationId);
        Component cell = GridKt._getCellComponent(view.grid, row, "links");
        assertThat(cell.getChildren()).allSatisfy(c -> assertThat(c).isInstanceOf(Anchor.class));
        return cell.getChildren().map(c -> ((Anchor) c).getHref()).toList();
    }
}
