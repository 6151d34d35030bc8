package th.ita.measure.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only the ITA coordinator assigns measures (StartMeasureViewTest covers the coordinator and an officer). */
class StartMeasureViewRolesTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"finance.head", "mayor", "admin"})
    void everyoneButTheCoordinatorIsDenied(String account) {
        login(account);

        UI.getCurrent().navigate("measures/new");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(StartMeasureView.class::isInstance);
        assertThatThrownBy(() -> _assertNone(StartMeasureView.class)).hasMessageContaining("AccessDeniedException");
    }
}
