package th.ita.acting;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.OrganisationPeople;
import th.ita.security.ActingGroups;
import th.ita.security.CurrentUser;
import th.ita.security.DisabledAccounts;
import th.ita.workflow.Groups;
import th.ita.workflow.Tenants;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Acting for another (ผู้รักษาราชการแทน): the organisation's administrator (or the platform's) records who acts for a
 * division's head or for the executive, for a period. While it is in force the acting person works that role's
 * tasks ({@link ActingGroups} makes them a member of its group wherever groups are resolved); separation of duties
 * is untouched, since it is decided by who submitted the work, whoever reviews it. Appointments are never edited:
 * an appointment is recorded with who recorded it and when, and can only be ended early, which is recorded too.
 */
@Service
@Transactional(readOnly = true)
public class ActingAppointments {

    private final ActingAppointmentRepository appointments;
    private final IdentityService identityService;
    private final DisabledAccounts disabledAccounts;
    private final ActingGroups actingGroups;
    private final Clock clock;

    ActingAppointments(ActingAppointmentRepository appointments, IdentityService identityService,
                       DisabledAccounts disabledAccounts, ActingGroups actingGroups, Clock clock) {
        this.appointments = appointments;
        this.identityService = identityService;
        this.disabledAccounts = disabledAccounts;
        this.actingGroups = actingGroups;
        this.clock = clock;
    }

    public LocalDate today() {
        return actingGroups.today();
    }

    /** The organisation's appointments, newest first. */
    public List<ActingAppointment> of(long organisationId, CurrentUser actor) {
        requireManage(organisationId, actor);
        return appointments.of(organisationId);
    }

    @Transactional
    public ActingAppointment appoint(long organisationId, NewActingAppointment appointment, CurrentUser actor) {
        requireManage(organisationId, actor);
        String acting = requireText(appointment.actingUserId(), "acting.error.actingRequired");
        String actedFor = requireText(appointment.actedForUserId(), "acting.error.actedForRequired");
        if (acting.equals(actor.userId())) {
            throw new UserInputException("acting.error.ownAppointment");
        }
        if (acting.equals(actedFor)) {
            throw new UserInputException("acting.error.self");
        }
        requireActivePerson(organisationId, acting);
        requireActivePerson(organisationId, actedFor);
        String group = actedForGroup(actedFor);
        if (memberOf(acting, group)) {
            throw new UserInputException("acting.error.alreadyHolds", acting);
        }
        LocalDate from = appointment.from();
        LocalDate to = appointment.to();
        if (from == null || to == null) {
            throw new UserInputException("acting.error.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new UserInputException("acting.error.periodOrder");
        }
        if (to.isBefore(actingGroups.today())) {
            throw new UserInputException("acting.error.periodPast");
        }
        if (appointments.overlaps(organisationId, acting, group, from, to)) {
            throw new UserInputException("acting.error.overlap");
        }
        long id = appointments.insert(organisationId, acting, actedFor, group, from, to, actor.userId(),
                OffsetDateTime.now(clock));
        return appointments.find(organisationId, id).orElseThrow();
    }

    /** Ends an appointment now (it no longer counts from this moment); its period stays as it was recorded. */
    @Transactional
    public ActingAppointment end(long organisationId, long appointmentId, CurrentUser actor) {
        requireManage(organisationId, actor);
        ActingAppointment appointment = appointments.find(organisationId, appointmentId).orElseThrow(() ->
                new UserInputException("acting.error.notFound", String.valueOf(appointmentId)));
        if (!appointment.mayEnd(actingGroups.today())) {
            throw new UserInputException("acting.error.alreadyEnded");
        }
        appointments.end(appointmentId, actor.userId(), OffsetDateTime.now(clock));
        return appointments.find(organisationId, appointmentId).orElseThrow();
    }

    /** The group the person acted for holds: a division's head, else the executive. */
    private String actedForGroup(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).sorted().toList();
        return groups.stream().filter(g -> g.startsWith(Groups.HEAD_PREFIX)).findFirst()
                .or(() -> groups.stream().filter(Groups.EXECUTIVE::equals).findFirst())
                .orElseThrow(() -> new UserInputException("acting.error.notAHead", userId));
    }

    private boolean memberOf(String userId, String group) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }

    /** A person of this organisation who can still sign in; anyone else is "not found" in it. */
    private void requireActivePerson(long organisationId, String userId) {
        boolean member = identityService.createUserQuery().userId(userId)
                .memberOfTenant(Tenants.of(organisationId)).count() > 0;
        if (!member || disabledAccounts.isDisabled(userId)) {
            throw new UserInputException("acting.error.notInOrganisation", userId);
        }
    }

    private static String requireText(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new UserInputException(messageKey);
        }
        return text.strip();
    }

    private static void requireManage(long organisationId, CurrentUser actor) {
        if (!OrganisationPeople.mayManage(actor, organisationId)) {
            throw new AccessDeniedException(actor.userId() + " may not appoint acting people in " + organisationId);
        }
    }
}
