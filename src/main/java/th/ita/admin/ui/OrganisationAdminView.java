package th.ita.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import th.ita.acting.ActingAppointments;
import th.ita.admin.Member;
import th.ita.admin.OrganisationAdmin;
import th.ita.division.Division;
import th.ita.organisation.Organisation;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "My organisation": its divisions and people, with forms to add either. An organisation's administrator manages
 * their own; a platform administrator chooses one (also from the organisations page, {@code ?organisation=<id>}).
 */
@Route(OrganisationAdminView.PATH)
@Menu(title = "nav.myOrganisation", order = 96)
@RolesAllowed({Groups.ORGANISATION_ADMIN, Groups.PLATFORM_ADMIN})
public class OrganisationAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "admin/organisation";
    static final String ORGANISATION = "organisation";

    private final OrganisationAdmin admin;
    private final ActingAppointments acting;
    private final CurrentUser user;
    final ComboBox<Organisation> organisationSelect = new ComboBox<>();
    final VerticalLayout content = new VerticalLayout();
    final Grid<Division> divisions = new Grid<>();
    final Grid<Member> people = new Grid<>();
    AddDivisionForm divisionForm;
    AddPersonForm personForm;
    ActingSection actingSection;
    EmblemForm emblemForm;
    private long shownOrganisation;
    private Organisation shownOrganisationRecord;
    /** The shown organisation's divisions by code: people are listed with their division's name, not its code. */
    private java.util.Map<String, Division> shownDivisions = java.util.Map.of();

    public OrganisationAdminView(OrganisationAdmin admin, ActingAppointments acting, CurrentUserProvider users) {
        this.admin = admin;
        this.acting = acting;
        this.user = users.require();
        setMaxWidth("80rem");
        content.setPadding(false);
        configureGrids();
        organisationSelect.setId("admin-organisation-select");
        organisationSelect.setLabel(getTranslation("admin.organisation.select"));
        organisationSelect.setWidth("32rem");
        organisationSelect.setItemLabelGenerator(o -> o.name(getLocale()) + " (" + o.province() + ")");
        organisationSelect.setItems(admin.managedBy(user));
        organisationSelect.addValueChangeListener(e -> show(e.getValue()));
        add(new H2(getTranslation("admin.organisation.title")));
        if (user.isPlatformAdmin()) {
            add(organisationSelect);
        }
        add(content);
    }

    /** The organisation of the query, if this administrator manages it; else the first (an org-admin's own). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Organisation> managed = admin.managedBy(user);
        Optional<Long> wanted = event.getLocation().getQueryParameters().getSingleParameter(ORGANISATION)
                .flatMap(OrganisationAdminView::parseId);
        Optional<Organisation> chosen = wanted.flatMap(id -> managed.stream().filter(o -> o.id() == id).findFirst())
                .or(() -> user.isPlatformAdmin() ? Optional.empty() : managed.stream().findFirst());
        chosen.ifPresentOrElse(organisationSelect::setValue, () -> show(null));
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void show(Organisation organisation) {
        content.removeAll();
        if (organisation == null) {
            content.add(new Paragraph(getTranslation(user.isPlatformAdmin() ? "admin.organisation.choose"
                    : "admin.organisation.none")));
            return;
        }
        long id = organisation.id();
        shownOrganisation = id;
        shownOrganisationRecord = organisation;
        List<Division> divisionList = admin.divisions(id, user);
        divisions.setItems(divisionList);
        shownDivisions = divisionList.stream().collect(Collectors.toMap(Division::code, d -> d));
        List<Member> members = admin.people(id, user);
        people.setItems(members);
        actingSection = new ActingSection(acting, id, members, divisionList, user);
        divisionForm = new AddDivisionForm(admin, id, user, () -> show(organisation));
        personForm = new AddPersonForm(admin, id, divisionList, user, () -> show(organisation));
        emblemForm = new EmblemForm(admin, organisation, user, () -> show(organisation));
        content.add(new H3(getTranslation("admin.organisation.heading", organisation.nameTh(),
                        organisation.province() == null ? "" : organisation.province())), emblemForm,
                new H3(getTranslation("admin.divisions")), divisions, divisionForm,
                new H3(getTranslation("admin.people")), people, personForm, actingSection);
    }

    private void configureGrids() {
        divisions.setId("admin-divisions");
        divisions.addThemeVariants(GridVariant.LUMO_COMPACT);
        divisions.setAllRowsVisible(true);
        divisions.addColumn(Division::code).setKey("code").setHeader(getTranslation("division.field.code")).setAutoWidth(true);
        divisions.addColumn(Division::nameTh).setKey("nameTh").setHeader(getTranslation("division.field.nameTh")).setFlexGrow(2);
        divisions.addColumn(Division::nameEn).setKey("nameEn").setHeader(getTranslation("division.field.nameEn")).setFlexGrow(2);

        people.setId("admin-people");
        people.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        people.setAllRowsVisible(true);
        people.addColumn(Member::id).setKey("id").setHeader(getTranslation("person.field.id")).setAutoWidth(true);
        people.addColumn(m -> String.join(" ", nonNull(m.firstName()), nonNull(m.lastName())).strip())
                .setKey("name").setHeader(getTranslation("admin.person.name")).setFlexGrow(2);
        people.addColumn(m -> nonNull(m.position())).setKey("position").setHeader(getTranslation("person.field.position"))
                .setFlexGrow(2);
        people.addColumn(m -> m.roles().stream().map(r -> getTranslation("admin.role." + r)).collect(Collectors.joining(", ")))
                .setKey("roles").setHeader(getTranslation("admin.person.role")).setAutoWidth(true);
        people.addColumn(m -> m.division() == null ? "" : Optional.ofNullable(shownDivisions.get(m.division()))
                        .map(d -> d.name(getLocale())).orElse(m.division())).setKey("division").setHeader(getTranslation("person.field.division"))
                .setAutoWidth(true);
        people.addColumn(m -> nonNull(m.email())).setKey("email").setHeader(getTranslation("person.field.email"))
                .setAutoWidth(true);
        people.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
    }

    /**
     * Edit the name and e-mail, or disable the account. A disabled person has no role left (their groups ended with
     * the account), so the row says so and offers nothing; nobody disables themselves.
     */
    private com.vaadin.flow.component.Component actions(Member member) {
        if (member.roles().isEmpty()) {
            return new com.vaadin.flow.component.html.Span(getTranslation("admin.person.disabled"));
        }
        Button edit = new Button(getTranslation("admin.person.edit"), click -> new EditPersonDialog(admin,
                shownOrganisation, member, user, () -> show(shownOrganisationRecord)).open());
        edit.setId("admin-person-edit-" + member.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        com.vaadin.flow.component.orderedlayout.HorizontalLayout buttons =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(edit);
        if (!member.id().equals(user.userId())) {
            Button disable = new Button(getTranslation("admin.person.disable"), click -> confirmDisable(member));
            disable.setId("admin-person-disable-" + member.id());
            disable.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(disable);
        }
        return buttons;
    }

    private void confirmDisable(Member member) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.person.disable"),
                getTranslation("admin.person.disableConfirm", member.id()), getTranslation("admin.person.disable"),
                click -> {
                    try {
                        admin.disablePerson(shownOrganisation, member.id(), user);
                        Messages.success("admin.person.disabledDone", member.id());
                        show(shownOrganisationRecord);
                    } catch (UserInputException e) {
                        Messages.error(e);
                    }
                });
        confirm.setId("admin-person-disable-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.organisation.title");
    }
}
