package th.ita.province.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import th.ita.province.OrganisationStanding;
import th.ita.province.ProvinceService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;

import java.util.List;

/**
 * The province auditor's page: every organisation of their province in one table (latest ITA result, latest plan's
 * progress, overdue division parts) with links to each one's pages. Read-only: no action of any kind here, and the
 * linked pages show an auditor none either.
 */
@Route("province")
@Menu(title = "nav.province", order = -1)
@RolesAllowed(Groups.PROVINCE_AUDITOR)
public class ProvinceView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OrganisationStanding> grid = new Grid<>();

    public ProvinceView(ProvinceService service, CurrentUserProvider users) {
        CurrentUser user = users.require();
        setMaxWidth("90rem");
        List<OrganisationStanding> rows = service.overview(user);
        configureGrid();
        grid.setItems(rows);
        add(new H2(getTranslation("province.heading", user.province())));
        add(rows.isEmpty() ? new Paragraph(getTranslation("province.none")) : grid);
    }

    private void configureGrid() {
        grid.setId("province-organisations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.nameTh() + (r.district() == null ? "" : " " + getTranslation("province.district", r.district())))
                .setKey("organisation").setHeader(getTranslation("province.column.organisation")).setFlexGrow(3);
        grid.addColumn(this::result).setKey("result").setHeader(getTranslation("province.column.result")).setAutoWidth(true);
        grid.addColumn(this::plan).setKey("plan").setHeader(getTranslation("province.column.plan")).setAutoWidth(true);
        grid.addColumn(r -> r.hasPlan() ? getTranslation("province.measures", String.valueOf(r.measuresDone()),
                        String.valueOf(r.measuresTotal())) : "")
                .setKey("measures").setHeader(getTranslation("province.column.measures")).setAutoWidth(true);
        grid.addColumn(r -> r.hasPlan() ? String.valueOf(r.partsOverdue()) : "")
                .setKey("overdue").setHeader(getTranslation("province.column.overdue")).setAutoWidth(true);
        grid.addComponentColumn(this::links).setKey("links").setHeader(getTranslation("province.column.links"))
                .setFlexGrow(2);
    }

    private String result(OrganisationStanding r) {
        if (r.assessmentYear() == null) {
            return getTranslation("province.result.none");
        }
        return getTranslation("province.result", String.valueOf(r.assessmentYear()),
                r.overallScore() == null ? getTranslation("assessment.notPublished") : r.overallScore().toPlainString(),
                r.rating() == null ? getTranslation("assessment.notPublished") : r.rating().name(getLocale()));
    }

    private String plan(OrganisationStanding r) {
        return r.hasPlan() ? getTranslation("province.plan", String.valueOf(r.planYear()),
                getTranslation("plan.status." + r.planStatus())) : getTranslation("province.plan.none");
    }

    /** Links, not buttons: each opens a page of that organisation, none changes anything. No plan, no plan links. */
    private HorizontalLayout links(OrganisationStanding r) {
        HorizontalLayout links = new HorizontalLayout(link("dashboard", r, ProvinceLinks.dashboard(r)));
        ProvinceLinks.plan(r).ifPresent(path -> links.add(link("plan", r, path)));
        ProvinceLinks.audit(r).ifPresent(path -> links.add(link("audit", r, path)));
        ProvinceLinks.report(r).ifPresent(path -> links.add(link("report", r, path)));
        return links;
    }

    private Anchor link(String page, OrganisationStanding r, String path) {
        Anchor anchor = new Anchor(path, getTranslation("province.link." + page));
        anchor.setId("province-" + page + "-" + r.organisationId());
        // Inside the application, like the side navigation, instead of reloading the page.
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.province");
    }
}
