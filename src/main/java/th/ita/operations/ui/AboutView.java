package th.ita.operations.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import th.ita.operations.PlatformVersions;
import th.ita.workflow.Groups;
import th.ita.ui.ThaiDates;

import java.util.Date;

/**
 * "เกี่ยวกับระบบ": which release this node runs and on which Java, Spring Boot, Camunda and Vaadin, for the platform
 * administrator who reports a problem or checks a security advisory (the same as {@code /actuator/info}).
 */
@Route(AboutView.PATH)
@Menu(title = "nav.about", order = 98)
@RolesAllowed(Groups.PLATFORM_ADMIN)
public class AboutView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "admin/about";

    final DescriptionList versions = new DescriptionList();

    public AboutView(PlatformVersions platform) {
        setMaxWidth("60rem");
        PlatformVersions.Versions v = platform.versions();
        versions.setId("about-versions");
        String built = v.built().map(at -> ThaiDates.dateTime(Date.from(at), getLocale()))
                .orElse(getTranslation("about.unknown"));
        row("about.application", v.application());
        row("about.built", built);
        row("about.java", v.java() + " (" + v.javaVendor() + ")");
        row("about.springBoot", v.springBoot());
        row("about.camunda", v.camunda());
        row("about.vaadin", v.vaadin());
        add(new H2(getTranslation("about.title")), new Paragraph(getTranslation("about.intro")), versions);
    }

    private void row(String key, String value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(key));
        DescriptionList.Description description = new DescriptionList.Description(
                PlatformVersions.UNKNOWN.equals(value) ? getTranslation("about.unknown") : value);
        description.setId("about-" + key.substring("about.".length()));
        versions.add(term, description);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title");
    }
}
