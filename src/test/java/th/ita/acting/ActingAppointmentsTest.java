package th.ita.acting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import th.ita.security.ActingGroups;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an acting appointment: who may record it, for whom, for which period, and how it ends. */
@SpringBootTest
@ActiveProfiles("test")
class ActingAppointmentsTest {

    @Autowired ActingAppointments appointments;
    @Autowired ActingGroups actingGroups;
    @Autowired TestOrganisations testOrganisations;

    TestOrganisation org;
    CurrentUser admin;
    LocalDate today;

    @BeforeEach
    void anOrganisation() {
        org = testOrganisations.onboard();
        admin = org.user("admin");
        today = appointments.today();
    }

    @Test
    void theOrganisationsAdministratorAppointsAnOfficerToActForTheHead_recordedWithWhoAndWhen() {
        ActingAppointment made = appoint("works.officer", "works.head", today, today.plusDays(3), admin);

        assertThat(made.actedForGroup()).isEqualTo(Groups.headGroup("works"));
        assertThat(made.recordedBy()).isEqualTo(admin.userId());
        assertThat(made.recordedAt()).isNotNull();
        assertThat(made.status(today)).isEqualTo(ActingAppointment.Status.IN_FORCE);
        assertThat(actingGroups.groups(org.userId("works.officer"), org.id())).containsExactly(Groups.headGroup("works"));
        assertThat(appointments.of(org.id(), admin)).extracting(ActingAppointment::id).containsExactly(made.id());
    }

    @Test
    void anAppointmentForTheExecutive_givesTheExecutiveGroup_andOneStartingLater_nothingYet() {
        appoint("office.head", "mayor", today.plusDays(2), today.plusDays(5), admin);

        assertThat(actingGroups.groups(org.userId("office.head"), org.id())).isEmpty();
        assertThat(appointments.of(org.id(), admin)).singleElement()
                .satisfies(a -> assertThat(a.actedForGroup()).isEqualTo(Groups.EXECUTIVE))
                .satisfies(a -> assertThat(a.status(today)).isEqualTo(ActingAppointment.Status.UPCOMING));
    }

    @Test
    void nobodyAppointsThemselves_norActsForThemselves() {
        CurrentUser platform = TestOrganisations.PLATFORM_ADMIN;
        refused(() -> appoint("admin", "finance.head", today, today, admin), "acting.error.ownAppointment");
        refused(() -> appoint("finance.head", "finance.head", today, today, platform), "acting.error.self");
    }

    @Test
    void theActingPersonMustBeOfTheSameOrganisation_andThePersonActedForAHeadOrExecutive() {
        TestOrganisation other = testOrganisations.onboard();
        refused(() -> appointments.appoint(org.id(), new NewActingAppointment(other.userId("finance.officer"),
                org.userId("finance.head"), today, today), admin), "acting.error.notInOrganisation");
        refused(() -> appoint("finance.officer", "works.officer", today, today, admin), "acting.error.notAHead");
        refused(() -> appoint("finance.head", "finance.head", today, today, admin), "acting.error.self");
    }

    @Test
    void thePeriodMustBeGiven_inOrder_andNotOver() {
        refused(() -> appoint("finance.officer", "finance.head", null, today, admin), "acting.error.periodRequired");
        refused(() -> appoint("finance.officer", "finance.head", today, today.minusDays(1), admin), "acting.error.periodOrder");
        refused(() -> appoint("finance.officer", "finance.head", today.minusDays(5), today.minusDays(1), admin),
                "acting.error.periodPast");
        appoint("finance.officer", "finance.head", today, today.plusDays(10), admin);
        refused(() -> appoint("finance.officer", "finance.head", today.plusDays(5), today.plusDays(20), admin),
                "acting.error.overlap");
        assertThat(appointments.of(org.id(), admin)).hasSize(1);
    }

    @Test
    void onlyTheOrganisationsAdministratorOrThePlatformsMayAppoint() {
        TestOrganisation other = testOrganisations.onboard();
        for (CurrentUser notAllowed : new CurrentUser[]{org.user("finance.officer"), org.user("coordinator"),
                org.user("mayor"), other.user("admin")}) {
            assertThatThrownBy(() -> appoint("finance.officer", "finance.head", today, today, notAllowed))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> appointments.of(org.id(), notAllowed)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(appoint("finance.officer", "finance.head", today, today, TestOrganisations.PLATFORM_ADMIN)
                .recordedBy()).isEqualTo(TestOrganisations.PLATFORM_ADMIN.userId());
    }

    @Test
    void anAppointmentEndedEarly_keepsItsPeriod_givesNoGroupAnyMore_andEndsOnce() {
        ActingAppointment made = appoint("finance.officer", "finance.head", today, today.plusDays(30), admin);

        ActingAppointment ended = appointments.end(org.id(), made.id(), admin);

        assertThat(ended.endsOn()).isEqualTo(made.endsOn());
        assertThat(ended.endedBy()).isEqualTo(admin.userId());
        assertThat(ended.status(today)).isEqualTo(ActingAppointment.Status.ENDED_EARLY);
        assertThat(actingGroups.groups(org.userId("finance.officer"), org.id())).isEmpty();
        refused(() -> appointments.end(org.id(), made.id(), admin), "acting.error.alreadyEnded");
        TestOrganisation other = testOrganisations.onboard();
        refused(() -> appointments.end(other.id(), made.id(), other.user("admin")), "acting.error.notFound");
    }

    private ActingAppointment appoint(String acting, String actedFor, LocalDate from, LocalDate to, CurrentUser actor) {
        return appointments.appoint(org.id(), new NewActingAppointment(org.userId(acting), org.userId(actedFor), from, to),
                actor);
    }

    private static void refused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).messageKey()).isEqualTo(messageKey));
    }
}
