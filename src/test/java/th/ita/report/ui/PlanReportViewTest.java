package th.ita.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.plan.PlanService;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PlanReportViewTest extends KaribuTest {

    @Autowired PlanService plans;

    @Test
    void coordinatorDownloadsTheCurrentReportAndGeneratesAVersionThatIsListed() {
        login("coordinator");
        long demo = plans.list(users.user("coordinator")).stream().filter(p -> p.fiscalYear().equals(FiscalYear.of(2566))).findFirst().orElseThrow().id();

        UI.getCurrent().navigate("plans/" + demo + "/report");

        PlanReportView view = _get(PlanReportView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-docx")).getHref()).isNotBlank();
        int before = _find(view.versions, Anchor.class).size();
        _click(view.generate);
        assertThat(_find(view.versions, Anchor.class)).hasSize(before + 2);
    }
}
