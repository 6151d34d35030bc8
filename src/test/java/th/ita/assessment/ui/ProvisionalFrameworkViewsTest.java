package th.ita.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.FrameworkAdmin;
import th.ita.assessment.FrameworkFixtures;
import th.ita.assessment.Results;
import th.ita.assessment.Score;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A framework marked {@code provisional: true} says so where it is shown, with who may confirm it and its sources:
 * on the frameworks page and next to a result of its year; a confirmed one says nothing. Uses the years 2563–2564.
 */
class ProvisionalFrameworkViewsTest extends KaribuTest {

    static final int PROVISIONAL = 2563;
    static final int CONFIRMED = 2564;

    @Autowired FrameworkAdmin admin;
    @Autowired AssessmentService assessments;
    @Autowired TestOrganisations organisations;

    @BeforeEach
    void aProvisionalYearAndAConfirmedOne() {
        FrameworkFixtures.remove(context, PROVISIONAL, CONFIRMED);
        admin.save(FiscalYear.of(PROVISIONAL), FrameworkFixtures.yaml(PROVISIONAL), TestOrganisations.PLATFORM_ADMIN);
        admin.save(FiscalYear.of(CONFIRMED), FrameworkFixtures.yaml(CONFIRMED)
                .replace("provisional: true", "provisional: false"), TestOrganisations.PLATFORM_ADMIN);
    }

    @AfterEach
    void removeTheYears() {
        FrameworkFixtures.remove(context, PROVISIONAL, CONFIRMED);
    }

    @Test
    void theFrameworksPage_marksTheProvisionalYear_withWhoMayConfirmIt_andItsSources() {
        login("admin");
        UI.getCurrent().navigate(FrameworksView.class);

        String notice = _get(Div.class, spec -> spec.withId("framework-provisional-" + PROVISIONAL)).getElement().getTextRecursively();
        assertThat(notice).contains("ข้อมูลชั่วคราว — รอยืนยัน", "พ.ศ. " + PROVISIONAL,
                "ผู้ดูแลระบบ", "นำเข้าไฟล์กรอบการประเมินของ ป.ป.ช.", "bangplakod.go.th news 574");
        _assertNone(Div.class, spec -> spec.withId("framework-provisional-" + CONFIRMED));
    }

    @Test
    void theResultsPage_marksAResultOfAProvisionalYear_butNotOfAConfirmedOne() {
        TestOrganisations.TestOrganisation org = organisations.onboard();
        assessments.save(org.id(), FiscalYear.of(PROVISIONAL), new Results(Score.of("86.00"), null, Map.of()),
                org.user("coordinator"));
        login(org.userId("coordinator"));
        UI.getCurrent().navigate(AssessmentView.class);

        assertThat(_get(Div.class, spec -> spec.withId("framework-provisional-" + PROVISIONAL)).getElement().getTextRecursively())
                .contains("ข้อมูลชั่วคราว — รอยืนยัน", "ผู้ดูแลระบบ");

        assessments.save(org.id(), FiscalYear.of(CONFIRMED), new Results(Score.of("86.00"), null, Map.of()),
                org.user("coordinator"));
        login(org.userId("coordinator"));
        UI.getCurrent().navigate(AssessmentView.class);

        _assertNone(Div.class, spec -> spec.withId("framework-provisional-" + CONFIRMED));
        _assertNone(Div.class, spec -> spec.withId("framework-provisional-" + PROVISIONAL));
    }
}
