package th.ita.assessment.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.organisation.Organisation;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AssessmentViewTenancyTest extends KaribuTest {

    @Autowired TestOrganisations organisations;

    @Test
    void coordinatorWithoutResults_seesNoneOfAnotherOrganisations_andRecordsOnlyForTheirOwn() {
        var b = organisations.onboard();
        login(b.userId("coordinator"));
        UI.getCurrent().navigate(AssessmentView.class);
        AssessmentView view = _get(AssessmentView.class);

        // The demo municipality's FY 2565 results exist, but are not B's.
        assertThat(view.grade.getText()).isEmpty();
        assertThat(_get(ResultEntryForm.class).organisation.getListDataView().getItems().map(Organisation::id))
                .containsExactly(b.id());
        assertThat(_get(ResultImportForm.class).organisation.getListDataView().getItems().map(Organisation::id))
                .containsExactly(b.id());
    }
}
