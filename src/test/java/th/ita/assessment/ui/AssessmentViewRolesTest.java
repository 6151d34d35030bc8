package th.ita.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import th.ita.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The roles AssessmentViewTest leaves out: the administrator, who works for no organisation, reads no organisation's
 * results; a division head is refused.
 */
class AssessmentViewRolesTest extends KaribuTest {

    @Test
    void adminSeesNoOrganisationsResults_andCannotEnterOrImport() {
        login("admin");
        UI.getCurrent().navigate(AssessmentView.class);

        assertThat(_get(AssessmentView.class).grade.getText()).isEmpty();
        _assertNone(Upload.class);
        _assertNone(ResultEntryForm.class);
    }

    @Test
    void divisionHeadIsDenied() {
        login("finance.head");

        UI.getCurrent().navigate("assessments");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(AssessmentView.class::isInstance);
        assertThatThrownBy(() -> _assertNone(AssessmentView.class)).hasMessageContaining("AccessDeniedException");
    }
}
