package th.ita.admin.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.acting.ActingAppointment;
import th.ita.acting.ActingAppointments;
import th.ita.admin.Member;
import th.ita.workflow.Groups;
import th.ita.shared.BuddhistDates;
import th.ita.shared.ThaiNumbers;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** "ผู้รักษาราชการแทน" on the organisation's page: appoint with Thai dates, see it in force, end it early. */
class ActingSectionTest extends KaribuTest {

    @Autowired TestOrganisations testOrganisations;
    @Autowired ActingAppointments appointments;

    @Test
    void theAdministratorAppointsAnActingHeadWithThaiDates_seesItInForce_andEndsItEarly() {
        TestOrganisation org = testOrganisations.onboard();
        ActingSection section = open(org);
        LocalDate today = appointments.today();
        _setValue(section.acting, member(section, org.userId("works.officer")));
        _setValue(section.actedFor, member(section, org.userId("works.head")));
        _setValue(section.from, ThaiNumbers.toThaiDigits(BuddhistDates.format(today)));
        _setValue(section.to, BuddhistDates.format(today.plusDays(14)));

        _click(section.save);

        List<ActingAppointment> rows = rows(section);
        assertThat(rows).singleElement().satisfies(a -> {
            assertThat(a.actingUserId()).isEqualTo(org.userId("works.officer"));
            assertThat(a.actedForGroup()).isEqualTo(Groups.headGroup("works"));
            assertThat(a.endsOn()).isEqualTo(today.plusDays(14));
            assertThat(a.recordedBy()).isEqualTo(org.userId("admin"));
        });
        assertThat(GridKt._getFormattedRow(section.grid, 0)).anySatisfy(cell -> assertThat(cell).contains("กองช่าง"))
                .anySatisfy(cell -> assertThat(cell).isEqualTo("กำลังรักษาราชการแทน"));
        assertThat(users.user(org.userId("works.officer")).groupIds()).contains(Groups.headGroup("works"));

        _click((com.vaadin.flow.component.button.Button) GridKt._getCellComponent(section.grid, 0, "end"));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(rows(section).get(0).status(today)).isEqualTo(ActingAppointment.Status.ENDED_EARLY);
        assertThat(users.user(org.userId("works.officer")).groupIds()).doesNotContain(Groups.headGroup("works"));
    }

    @Test
    void anAppointmentOfOneself_orABadDate_isRefusedWithAThaiMessage_andNothingIsSaved() {
        TestOrganisation org = testOrganisations.onboard();
        ActingSection section = open(org);
        _setValue(section.acting, member(section, org.userId("admin")));
        _setValue(section.actedFor, member(section, org.userId("mayor")));
        _setValue(section.from, BuddhistDates.format(appointments.today()));
        _setValue(section.to, BuddhistDates.format(appointments.today()));
        _click(section.save);

        _setValue(section.acting, member(section, org.userId("office.head")));
        _setValue(section.to, "31/2/2569");
        _click(section.save);

        assertThat(rows(section)).isEmpty();
        assertThat(appointments.of(org.id(), org.user("admin"))).isEmpty();
        assertThat(section.acting.getValue().id()).as("the form keeps what was typed").isEqualTo(org.userId("office.head"));
    }

    private ActingSection open(TestOrganisation org) {
        login(org.userId("admin"));
        UI.getCurrent().navigate(OrganisationAdminView.class);
        return _get(OrganisationAdminView.class).actingSection;
    }

    private static Member member(ActingSection section, String userId) {
        return section.acting.getListDataView().getItems().filter(m -> m.id().equals(userId)).findFirst()
                .or(() -> section.actedFor.getListDataView().getItems().filter(m -> m.id().equals(userId)).findFirst())
                .orElseThrow();
    }

    private static List<ActingAppointment> rows(ActingSection section) {
        return IntStream.range(0, GridKt._size(section.grid)).mapToObj(i -> GridKt._get(section.grid, i)).toList();
    }
}
