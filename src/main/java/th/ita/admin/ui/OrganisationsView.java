package th.ita.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;
import th.ita.organisation.ProvinceReadLog;
import th.ita.province.ProvinceAuditors;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;

/**
 * The platform administrator's page: the organisations on the platform, the form to onboard one, the form to create
 * a province auditor, and what province auditors have read lately.
 */
@Route(OrganisationsView.PATH)
@Menu(title = "nav.adminOrganisations", order = 95)
@RolesAllowed(Groups.PLATFORM_ADMIN)
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "admin/organisations";
    static final int READ_LOG_ROWS = 200;

    private final OrganisationService organisations;
    final Grid<Organisation> grid = new Grid<>();
    final OnboardForm onboardForm;
    final ReadLogGrid readLog;

    public OrganisationsView(OrganisationService organisations, ProvinceAuditors auditors, ProvinceReadLog readLogs,
                             CurrentUserProvider users) {
        this.organisations = organisations;
        CurrentUser user = users.require();
        setMaxWidth("80rem");
        configureGrid();
        onboardForm = new OnboardForm(organisations, user, id -> refresh());
        readLog = new ReadLogGrid(readLogs.latest(READ_LOG_ROWS, user));
        add(new H2(getTranslation("admin.organisations.title")), grid, onboardForm,
                new ProvinceAuditorForm(auditors, user),
                new H3(getTranslation("admin.readLog.title")), readLog);
        refresh();
    }

    private void configureGrid() {
        grid.setId("admin-organisations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Organisation::nameTh).setKey("name").setHeader(getTranslation("organisation.field.nameTh")).setFlexGrow(3);
        grid.addColumn(Organisation::district).setKey("district").setHeader(getTranslation("organisation.field.district"));
        grid.addColumn(Organisation::province).setKey("province").setHeader(getTranslation("organisation.field.province"));
        grid.addColumn(Organisation::websiteDomain).setKey("domain").setHeader(getTranslation("organisation.field.websiteDomain"));
        grid.addComponentColumn(o -> {
            Anchor manage = new Anchor(OrganisationAdminView.PATH + "?" + OrganisationAdminView.ORGANISATION + "=" + o.id(),
                    getTranslation("admin.organisations.manage"));
            manage.getElement().setAttribute("router-link", true);
            manage.setId("admin-manage-" + o.id());
            return manage;
        }).setKey("manage").setAutoWidth(true);
    }

    private void refresh() {
        grid.setItems(organisations.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.organisations.title");
    }
}
