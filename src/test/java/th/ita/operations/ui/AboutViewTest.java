package th.ita.operations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import th.ita.support.KaribuTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "เกี่ยวกับระบบ": the platform administrator reads the running versions; nobody else opens the page. */
class AboutViewTest extends KaribuTest {

    @Test
    void thePlatformAdministrator_readsTheVersionsOfJavaSpringBootCamundaAndVaadin() {
        login("admin");
        UI.getCurrent().navigate(AboutView.class);
        AboutView view = _get(AboutView.class);

        assertThat(view.getPageTitle()).isEqualTo("เกี่ยวกับระบบ");
        assertThat(value("about-java")).startsWith(Runtime.version().feature() + ".");
        assertThat(value("about-springBoot")).isEqualTo(SpringBootVersion.getVersion()).startsWith("3.5.");
        assertThat(value("about-camunda")).startsWith("7.24.");
        assertThat(value("about-vaadin")).startsWith("24.9.");
        // The build of the test run: target/classes/META-INF/build-info.properties (spring-boot:build-info).
        assertThat(value("about-application")).isNotEqualTo("ไม่ทราบ").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(value("about-built")).matches(".*25\\d\\d \\d\\d:\\d\\d"); // a Buddhist-era year
    }

    @Test
    void inEnglish_theLabelsAreEnglish() {
        login("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AboutView.class);

        assertThat(_get(AboutView.class).getPageTitle()).isEqualTo("About this system");
        assertThat(_get(DescriptionList.class, spec -> spec.withId("about-versions")).getChildren()
                .map(c -> c.getElement().getText()).toList()).contains("Release", "Built", "Camunda");
    }

    @Test
    void aCoordinator_andAnOrganisationAdministrator_cannotOpenThePage() {
        login("coordinator");
        UI.getCurrent().navigate("admin/about");
        assertThatThrownBy(() -> _assertNone(AboutView.class)).hasMessageContaining("AccessDeniedException");

        login("bantan.admin");
        UI.getCurrent().navigate("admin/about");
        assertThatThrownBy(() -> _assertNone(AboutView.class)).hasMessageContaining("AccessDeniedException");
    }

    private static String value(String id) {
        return _get(DescriptionList.Description.class, spec -> spec.withId(id)).getText();
    }
}
