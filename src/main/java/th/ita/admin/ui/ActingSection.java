package th.ita.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.acting.ActingAppointment;
import th.ita.acting.ActingAppointments;
import th.ita.acting.NewActingAppointment;
import th.ita.admin.Member;
import th.ita.division.Division;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.shared.BuddhistDates;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;
import th.ita.ui.ThaiDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "ผู้รักษาราชการแทน" on the organisation's page: the appointments with their periods (Buddhist Era) and who recorded
 * them, a form to record one (a head or an executive acted for; dates typed as Thai users write them) and, for one
 * not yet over, a button to end it early. Appointments are never edited.
 */
class ActingSection extends Composite<VerticalLayout> {

    final Grid<ActingAppointment> grid = new Grid<>();
    final ComboBox<Member> acting = new ComboBox<>();
    final ComboBox<Member> actedFor = new ComboBox<>();
    final TextField from = new TextField();
    final TextField to = new TextField();
    final Button save = new Button();

    private final ActingAppointments appointments;
    private final long organisationId;
    private final CurrentUser user;
    private final Map<String, Member> people;
    private final Map<String, String> divisionNames;

    ActingSection(ActingAppointments appointments, long organisationId, List<Member> members, List<Division> divisions,
                  CurrentUser user) {
        this.appointments = appointments;
        this.organisationId = organisationId;
        this.user = user;
        this.people = members.stream().collect(Collectors.toMap(Member::id, Function.identity(), (a, b) -> a));
        this.divisionNames = divisions.stream().collect(Collectors.toMap(Division::code, Division::nameTh, (a, b) -> a));
        configureGrid();
        configureForm(members);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("acting.title")), new Paragraph(getTranslation("acting.help")), grid,
                form());
        refresh();
    }

    private void configureGrid() {
        grid.setId("acting-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> name(a.actingUserId())).setKey("acting").setHeader(getTranslation("acting.field.acting"));
        grid.addColumn(a -> name(a.actedForUserId())).setKey("actedFor").setHeader(getTranslation("acting.field.actedFor"));
        grid.addColumn(a -> position(a.actedForGroup())).setKey("group").setHeader(getTranslation("acting.field.group"));
        grid.addColumn(a -> BuddhistDates.format(a.startsOn()) + " – " + BuddhistDates.format(a.endsOn()))
                .setKey("period").setHeader(getTranslation("acting.field.period")).setAutoWidth(true);
        grid.addColumn(this::status).setKey("status").setHeader(getTranslation("acting.field.status"));
        grid.addColumn(a -> getTranslation("acting.recordedBy", a.recordedBy(), ThaiDates.dateTime(a.recordedAt(), getLocale())))
                .setKey("recorded").setHeader(getTranslation("acting.field.recorded"));
        grid.addComponentColumn(this::endButton).setKey("end").setHeader("").setAutoWidth(true);
    }

    private void configureForm(List<Member> members) {
        List<Member> active = members.stream().filter(m -> !m.roles().isEmpty()).toList();
        acting.setId("acting-person");
        acting.setLabel(getTranslation("acting.field.acting"));
        acting.setItems(active);
        acting.setItemLabelGenerator(this::label);
        actedFor.setId("acting-for");
        actedFor.setLabel(getTranslation("acting.field.actedFor"));
        actedFor.setItems(active.stream().filter(m -> m.roles().contains("head") || m.roles().contains("executive")).toList());
        actedFor.setItemLabelGenerator(this::label);
        from.setId("acting-from");
        from.setLabel(getTranslation("acting.field.from"));
        to.setId("acting-to");
        to.setLabel(getTranslation("acting.field.to"));
        save.setId("acting-save");
        save.setText(getTranslation("acting.save"));
        save.addClickListener(click -> appoint());
    }

    private HorizontalLayout form() {
        HorizontalLayout form = new HorizontalLayout(acting, actedFor, from, to, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void appoint() {
        try {
            LocalDate first = BuddhistDates.parse(from.getValue(), "acting.field.from");
            LocalDate last = BuddhistDates.parse(to.getValue(), "acting.field.to");
            ActingAppointment made = appointments.appoint(organisationId, new NewActingAppointment(
                    acting.getValue() == null ? null : acting.getValue().id(),
                    actedFor.getValue() == null ? null : actedFor.getValue().id(), first, last), user);
            Messages.success("acting.saved", name(made.actingUserId()), name(made.actedForUserId()));
            acting.clear();
            actedFor.clear();
            from.clear();
            to.clear();
            refresh();
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }

    private Component endButton(ActingAppointment appointment) {
        if (!appointment.mayEnd(appointments.today())) {
            return new Span();
        }
        Button end = new Button(getTranslation("acting.end"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("acting.end"),
                    getTranslation("acting.endConfirm", name(appointment.actingUserId())), getTranslation("acting.end"),
                    confirmed -> end(appointment));
            confirm.setId("acting-end-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        end.setId("acting-end-" + appointment.id());
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return end;
    }

    void end(ActingAppointment appointment) {
        try {
            appointments.end(organisationId, appointment.id(), user);
            Messages.success("acting.ended", name(appointment.actingUserId()));
            refresh();
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }

    private void refresh() {
        grid.setItems(appointments.of(organisationId, user));
    }

    private String status(ActingAppointment a) {
        ActingAppointment.Status status = a.status(appointments.today());
        return status == ActingAppointment.Status.ENDED_EARLY
                ? getTranslation("acting.status.ENDED_EARLY", a.endedBy(), ThaiDates.dateTime(a.endedAt(), getLocale()))
                : getTranslation("acting.status." + status.name());
    }

    private String position(String group) {
        if (group.startsWith(Groups.HEAD_PREFIX)) {
            String code = group.substring(Groups.HEAD_PREFIX.length());
            return getTranslation("acting.role.head", divisionNames.getOrDefault(code, code));
        }
        return getTranslation("acting.role.executive");
    }

    private String name(String userId) {
        Member member = people.get(userId);
        return member == null ? userId : label(member);
    }

    private String label(Member member) {
        String name = String.join(" ", member.firstName() == null ? "" : member.firstName(),
                member.lastName() == null ? "" : member.lastName()).strip();
        return name.isEmpty() ? member.id() : name + " (" + member.id() + ")";
    }
}
