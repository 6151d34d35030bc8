package th.ita.approval.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.approval.ApprovalSummary;
import th.ita.approval.MeasuresAtExecutive;
import th.ita.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both executives approve; heads, the coordinator and the administrator may not open the screen. */
class ApprovalViewRolesTest extends KaribuTest {

    @Autowired MeasuresAtExecutive atExecutive;

    @Test
    void clerkAsSecondExecutiveSeesTheMeasuresWaitingForApproval() {
        String measure = atExecutive.start("ปลัดอนุมัติ");

        login("clerk");
        UI.getCurrent().navigate(ApprovalView.class);

        assertThat(GridKt._findAll(_get(ApprovalView.class).grid)).extracting(ApprovalSummary::processInstanceId)
                .contains(measure);
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance.head", "coordinator", "admin"})
    void nonExecutivesAreDenied(String account) {
        login(account);

        UI.getCurrent().navigate("approval");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(ApprovalView.class::isInstance);
        assertThatThrownBy(() -> _assertNone(ApprovalView.class)).hasMessageContaining("AccessDeniedException");
    }
}
