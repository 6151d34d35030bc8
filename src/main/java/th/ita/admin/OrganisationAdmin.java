package th.ita.admin;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.organisation.NewPerson;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationEmblems;
import th.ita.organisation.OrganisationPeople;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;

import java.util.List;
import java.util.Optional;

/**
 * The daily administration of an organisation, without Camunda Admin: its divisions and its people, for the
 * platform's administrators (any organisation) and the organisation's own administrators (theirs only).
 */
@Service
@Transactional(readOnly = true)
public class OrganisationAdmin {

    private final OrganisationService organisations;
    private final DivisionService divisions;
    private final OrganisationPeople people;
    private final OrganisationMembers members;
    private final OrganisationEmblems emblems;

    public OrganisationAdmin(OrganisationService organisations, DivisionService divisions, OrganisationPeople people,
                             OrganisationMembers members, OrganisationEmblems emblems) {
        this.emblems = emblems;
        this.organisations = organisations;
        this.divisions = divisions;
        this.people = people;
        this.members = members;
    }

    /** The organisations this administrator manages: every one for the platform's, their own for an org-admin. */
    public List<Organisation> managedBy(CurrentUser actor) {
        if (actor.isPlatformAdmin()) {
            return organisations.all();
        }
        if (actor.isOrganisationAdmin()) {
            return actor.organisation().flatMap(organisations::find).stream().toList();
        }
        return List.of();
    }

    public List<Division> divisions(long organisationId, CurrentUser actor) {
        requireManage(organisationId, actor);
        return divisions.all(organisationId);
    }

    public List<Member> people(long organisationId, CurrentUser actor) {
        requireManage(organisationId, actor);
        return members.of(organisationId);
    }

    @Transactional
    public Division addDivision(long organisationId, String code, String nameTh, String nameEn, CurrentUser actor) {
        requireManage(organisationId, actor);
        organisations.find(organisationId).orElseThrow(() ->
                new UserInputException("organisation.error.notFound", String.valueOf(organisationId)));
        return divisions.add(organisationId, code, nameTh, nameEn);
    }

    @Transactional
    public void addPerson(long organisationId, NewPerson person, CurrentUser actor) {
        people.add(organisationId, person, actor);
    }

    /** A person's name, e-mail and position, changed by the organisation's administrator (nobody changes their own). */
    @Transactional
    public void updateProfile(long organisationId, String userId, String firstName, String lastName, String email,
                              String position, CurrentUser actor) {
        people.updateProfile(organisationId, userId, firstName, lastName, email, position, actor);
    }

    /** Deleting a person disables the account; their history stays. */
    @Transactional
    public void disablePerson(long organisationId, String userId, CurrentUser actor) {
        people.disable(organisationId, userId, actor);
    }

    /** The emblem for the report's cover, as uploaded; empty without one. */
    public Optional<OrganisationEmblems.Emblem> emblem(long organisationId, CurrentUser actor) {
        requireManage(organisationId, actor);
        return emblems.find(organisationId);
    }

    /** A PNG or JPEG of at most 1 MB, checked by its bytes; replaces the one before. */
    @Transactional
    public void putEmblem(long organisationId, byte[] content, CurrentUser actor) {
        emblems.put(organisationId, content, actor);
    }

    @Transactional
    public void removeEmblem(long organisationId, CurrentUser actor) {
        emblems.remove(organisationId, actor);
    }

    private static void requireManage(long organisationId, CurrentUser actor) {
        if (!OrganisationPeople.mayManage(actor, organisationId)) {
            throw new AccessDeniedException(actor.userId() + " may not manage organisation " + organisationId);
        }
    }
}
