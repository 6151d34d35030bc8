package th.ita.organisation.api;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import th.ita.api.ApiProblemException;
import th.ita.api.NotFound;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.organisation.NewOrganisation;
import th.ita.organisation.NewPerson;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationEmblems;
import th.ita.organisation.OrganisationPeople;
import th.ita.organisation.OrganisationService;
import th.ita.organisation.PersonRole;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Onboarding over HTTP (Basic, see {@code SecurityConfig}): a platform administrator creates an organisation with
 * its divisions; a platform administrator or the organisation's own administrator adds its people. The services
 * check who may do it, so the class is open to every signed-in account; each call is one transaction.
 */
@RestController
@RequestMapping("/api/organisations")
@PermitAll
public class OrganisationController {

    private final OrganisationService organisations;
    private final OrganisationPeople people;
    private final DivisionService divisions;
    private final CurrentUserProvider users;
    private final OrganisationEmblems emblems;

    public OrganisationController(OrganisationService organisations, OrganisationPeople people,
                                  DivisionService divisions, CurrentUserProvider users, OrganisationEmblems emblems) {
        this.emblems = emblems;
        this.organisations = organisations;
        this.people = people;
        this.divisions = divisions;
        this.users = users;
    }

    public record CreatedJson(long id) {
    }

    public record DivisionJson(String code, String nameTh, String nameEn) {
    }

    public record OrganisationJson(long id, String nameTh, String nameEn, String district, String province,
                                   String websiteDomain, List<DivisionJson> divisions) {
    }

    /** The person as added; never the password. */
    public record PersonJson(String id, String firstName, String lastName, String email, String role,
                             String division, String position) {
    }

    @GetMapping
    public List<OrganisationJson> list() {
        return organisations.visibleTo(users.require()).stream().map(this::json).toList();
    }

    /** One organisation the caller may see; any other is "not found", whether it exists or not. */
    @GetMapping("/{id}")
    public OrganisationJson get(@PathVariable long id) {
        return organisations.visibleTo(users.require()).stream().filter(o -> o.id() == id).findFirst().map(this::json)
                .orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND, "organisation.error.notFound",
                        String.valueOf(id)));
    }

    @PostMapping
    public ResponseEntity<CreatedJson> create(@RequestBody NewOrganisation organisation) {
        long id = organisations.create(organisation, users.require());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(new CreatedJson(id));
    }

    @PostMapping("/{id}/users")
    public ResponseEntity<PersonJson> addPerson(@PathVariable long id, @RequestBody NewPerson person) {
        CurrentUser actor = users.require();
        // Only who may manage the organisation learns whether it exists (the service refuses the others first).
        NotFound.run(Set.of("organisation.error.notFound"), () -> people.add(id, person, actor));
        // No Location: people are not read back here (their profile is the identity service's).
        return ResponseEntity.status(HttpStatus.CREATED).body(new PersonJson(person.id().strip(),
                person.firstName().strip(), person.lastName().strip(), blankToNull(person.email()),
                PersonRole.of(person.role()).orElseThrow().apiName(), blankToNull(person.division()),
                blankToNull(person.position())));
    }

    /**
     * A person's new name, e-mail and position title, as their organisation's administrator (or the platform's)
     * enters them: the whole profile (a position left out is cleared).
     */
    public record ProfileJson(String firstName, String lastName, String email, String position) {
    }

    /** The organisation's administrator (or the platform's) changes a person's name and e-mail; nobody their own. */
    @PutMapping("/{id}/users/{userId}")
    public ResponseEntity<Void> updateProfile(@PathVariable long id, @PathVariable String userId,
                                              @RequestBody ProfileJson profile) {
        CurrentUser actor = users.require();
        NotFound.run(Set.of("organisation.error.notFound", "person.error.notFound"), () -> people.updateProfile(id,
                userId, profile.firstName(), profile.lastName(), profile.email(), profile.position(), actor));
        return ResponseEntity.noContent().build();
    }

    /** Deleting a person disables the account (their history stays, they can no longer sign in). */
    @DeleteMapping("/{id}/users/{userId}")
    public ResponseEntity<Void> disablePerson(@PathVariable long id, @PathVariable String userId) {
        CurrentUser actor = users.require();
        NotFound.run(Set.of("organisation.error.notFound", "person.error.notFound"), () -> people.disable(id, userId, actor));
        return ResponseEntity.noContent().build();
    }

    /**
     * The emblem for the report's cover, the request body being the picture itself (PNG or JPEG, at most 1 MB): its
     * type is read from the bytes, whatever the Content-Type says. The organisation's administrator or the platform's.
     */
    @PutMapping("/{id}/emblem")
    public ResponseEntity<Void> putEmblem(@PathVariable long id, @RequestBody(required = false) byte[] content) {
        CurrentUser actor = users.require();
        NotFound.run(Set.of("organisation.error.notFound"), () -> emblems.put(id, content, actor));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/emblem")
    public ResponseEntity<byte[]> getEmblem(@PathVariable long id) {
        CurrentUser reader = users.require();
        OrganisationEmblems.Emblem emblem = NotFound.call(Set.of("organisation.error.notFound"),
                () -> emblems.find(id, reader)).orElseThrow(() ->
                new ApiProblemException(HttpStatus.NOT_FOUND, "emblem.error.none", String.valueOf(id)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(emblem.contentType()))
                .eTag("\"" + emblem.sha256() + "\"").body(emblem.content());
    }

    @DeleteMapping("/{id}/emblem")
    public ResponseEntity<Void> removeEmblem(@PathVariable long id) {
        CurrentUser actor = users.require();
        NotFound.run(Set.of("organisation.error.notFound"), () -> emblems.remove(id, actor));
        return ResponseEntity.noContent().build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OrganisationJson json(Organisation o) {
        return new OrganisationJson(o.id(), o.nameTh(), o.nameEn(), o.district(), o.province(), o.websiteDomain(),
                divisions.all(o.id()).stream().map(OrganisationController::json).toList());
    }

    private static DivisionJson json(Division d) {
        return new DivisionJson(d.code(), d.nameTh(), d.nameEn());
    }
}
