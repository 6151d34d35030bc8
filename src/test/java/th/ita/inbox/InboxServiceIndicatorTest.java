package th.ita.inbox;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.assessment.IndicatorCode;
import th.ita.plan.MeasureInput;
import th.ita.plan.PlanService;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestUsers;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class InboxServiceIndicatorTest {

    @Autowired InboxService inbox;
    @Autowired PlanService planService;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired TestOrganisations testOrganisations;
    @Autowired TestUsers users;

    @Test
    void indicatorFilter_pagesAndCountsInTheEngine() {
        TestOrganisation org = testOrganisations.onboard();
        var coordinator = org.user("coordinator");
        long plan = planService.createDraft(org.id(), th.ita.support.TestYears.current(), coordinator);
        for (int i = 1; i <= 3; i++) {
            planService.addMeasure(plan, new MeasureInput("มาตรการตัวชี้วัดที่ 8 ข้อ " + i, List.of("EIT"), List.of(8),
                    List.of("education"), null), coordinator);
        }
        planService.addMeasure(plan, new MeasureInput("มาตรการตัวชี้วัดอื่น", List.of("EIT"), List.of(9),
                List.of("education"), null), coordinator);
        planService.submitForApproval(plan, null, coordinator);
        planService.approve(plan, org.user("mayor"));
        startJobs.runNow(plan);
        var officer = org.user("education.officer");
        var byIndicator = new InboxService.Filter(null, false, false, IndicatorCode.of(8));

        assertThat(inbox.count(officer, byIndicator)).isEqualTo(3);
        List<TaskRow> pages = new ArrayList<>(inbox.page(officer, byIndicator, 0, 2));
        assertThat(pages).hasSize(2);
        pages.addAll(inbox.page(officer, byIndicator, 2, 2));
        assertThat(pages).hasSize(3).allSatisfy(row -> assertThat(row.indicators()).containsExactly(8))
                .extracting(TaskRow::measureTitle).allMatch(title -> title.startsWith("มาตรการตัวชี้วัดที่ 8"));
    }

    @Test
    void indicatorThatNoStartedMeasureImproves_matchesNothing() {

        var noMeasures = new InboxService.Filter(null, false, false, IndicatorCode.of(99));

        assertThat(inbox.count(users.user("finance.officer"), noMeasures)).isZero();
        assertThat(inbox.page(users.user("finance.officer"), noMeasures, 0, 50)).isEmpty();
    }
}
