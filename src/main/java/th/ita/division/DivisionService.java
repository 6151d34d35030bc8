package th.ita.division;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.shared.ExpiringCache;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each organisation's divisions; stored as data because organisations have more or fewer than four. A code is
 * unique within its organisation (two municipalities both have {@code finance}); it names the division's Camunda
 * groups ({@code div-finance}, {@code head-finance}), which the organisation's tenant keeps apart from the other's.
 */
@Service
@Transactional(readOnly = true)
public class DivisionService {

    /** Lower-case letters, digits and dashes: the code becomes part of Camunda group ids. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MAX_NAME_LENGTH = 200;

    /** Every page names divisions; they change only here (a cluster's other node sees a new one after this). */
    private static final Duration KEPT = Duration.ofMinutes(5);

    private final DivisionRepository repository;
    private final DivisionGroups groups;
    private final ExpiringCache<Long, List<Division>> byOrganisation = new ExpiringCache<>(KEPT, 10_000);

    DivisionService(DivisionRepository repository, DivisionGroups groups) {
        this.repository = repository;
        this.groups = groups;
    }

    public List<Division> all(long organisationId) {
        return byOrganisation.get(organisationId, this::read);
    }

    private List<Division> read(long organisationId) {
        return repository.of(organisationId);
    }

    public Optional<Division> find(long organisationId, String code) {
        return repository.find(organisationId, code);
    }

    /**
     * The divisions of the user's organisation (a {@code CurrentUser.organisation()}); none for who works for none,
     * such as a platform administrator.
     */
    public List<Division> of(Optional<Long> organisation) {
        return organisation.map(this::all).orElse(List.of());
    }

    /** Adds a division to the organisation (after its others); checked, so a caller may pass user input. */
    @Transactional
    public Division add(long organisationId, String code, String nameTh, String nameEn) {
        String checkedCode = RequiredText.require(code, "division.field.code", 40);
        if (!CODE.matcher(checkedCode).matches()) {
            throw new UserInputException("division.error.code", checkedCode);
        }
        if (find(organisationId, checkedCode).isPresent()) {
            throw new UserInputException("division.error.duplicate", checkedCode);
        }
        Division division = new Division(checkedCode,
                RequiredText.require(nameTh, "division.field.nameTh", MAX_NAME_LENGTH),
                Optional.ofNullable(RequiredText.optional(nameEn, "division.field.nameEn", MAX_NAME_LENGTH))
                        .orElse(nameTh.strip()));
        repository.add(organisationId, division);
        byOrganisation.evict(organisation -> organisation == organisationId);
        groups.ensure(division);
        return division;
    }
}
