package th.ita.oit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.assessment.Framework;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.OitItem;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.evidence.EvidenceService;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationAccess;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.security.Groups;
import th.ita.shared.FiscalYear;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OIT readiness board (docs/ACCESS.md, "OIT readiness board"). Whoever may read the organisation reads its board;
 * a division's officers and head answer their division's items; the coordinator assigns items to divisions, may
 * answer any item and approves an item once it is ready. Another organisation's board is "not found", like a year
 * without a framework. Every write is one transaction; bad input is refused before anything is saved.
 */
@Service
public class OitService {

    static final int MAX_URLS = 10;
    static final int MAX_EXPLANATION = 4000;

    private final OitRepository repository;
    private final FrameworkService frameworks;
    private final DivisionService divisions;
    private final OrganisationService organisations;
    private final OrganisationAccess access;
    private final WebChecks checks;
    private final Clock clock;
    private final EvidenceService evidence;

    OitService(OitRepository repository, FrameworkService frameworks, DivisionService divisions,
               OrganisationService organisations, OrganisationAccess access, WebChecks checks, Clock clock,
               EvidenceService evidence) {
        this.repository = repository;
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.divisions = divisions;
        this.organisations = organisations;
        this.access = access;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * The board of the organisation's year. The first reading creates the year's items; every reading takes over
     * the evidence links of the year's plan that name an item no person has answered yet ({@link OitItemMatch}).
     */
    @Transactional
    public OitBoard board(long organisationId, FiscalYear year, CurrentUser user) {
        Organisation organisation = readable(organisationId, user);
        Framework framework = frameworks.require(year);
        ensureItems(organisationId, framework);
        prefillFromEvidence(organisationId, framework);
        return read(organisation, framework, user);
    }

    /** The coordinator gives an item to a division (null: to none). */
    @Transactional
    public void assign(long organisationId, FiscalYear year, String code, String divisionCode, CurrentUser user) {
        member(organisationId, user);
        if (!user.isCoordinator()) {
            throw new AccessDeniedException(user.userId() + " may not assign OIT items");
        }
        OitRepository.ItemRow item = item(organisationId, year, code);
        String division = divisionCode == null || divisionCode.isBlank() ? null
                : divisions.find(organisationId, divisionCode.strip()).map(Division::code)
                .orElseThrow(() -> new UserInputException("oit.error.division", divisionCode));
        repository.setDivision(item.id(), division);
    }

    /**
     * A division's answer to an item: its URLs on the organisation's main website (one or more, or none to clear it)
     * and an explanation for the assessors. Withdraws an earlier approval.
     */
    @Transactional
    public void answer(long organisationId, FiscalYear year, String code, List<String> urls, String explanation,
                       CurrentUser user) {
        Organisation organisation = member(organisationId, user);
        OitRepository.ItemRow item = item(organisationId, year, code);
        if (!mayEdit(user, item.divisionCode())) {
            throw new AccessDeniedException(user.userId() + " may not answer OIT item " + code);
        }
        List<String> checked = checkUrls(urls, organisation);
        String text = RequiredText.optional(explanation, "oit.field.explanation", MAX_EXPLANATION);
        repository.saveAnswer(item.id(), checked, text, user.userId(), now());
        checks.track(organisationId, checked, now());
    }

    /** The coordinator confirms an item is ready: its pages as they are now are the pages to watch for changes. */
    @Transactional
    public void approve(long organisationId, FiscalYear year, String code, CurrentUser user) {
        member(organisationId, user);
        if (!user.isCoordinator()) {
            throw new AccessDeniedException(user.userId() + " may not approve OIT items");
        }
        OitRepository.ItemRow item = item(organisationId, year, code);
        List<String> urls = repository.urls(organisationId, year.buddhistYear()).stream()
                .filter(u -> u.itemId() == item.id()).map(OitRepository.UrlRow::url).toList();
        if (urls.isEmpty()) {
            throw new UserInputException("oit.error.approveWithoutUrl", code);
        }
        repository.approve(item.id(), user.userId(), now());
        checks.approved(organisationId, urls, now());
    }

    private void ensureItems(long organisationId, Framework framework) {
        int year = framework.fiscalYear().buddhistYear();
        var existing = repository.existingCodes(organisationId, year);
        framework.oitItems().stream().map(OitItem::code).filter(c -> !existing.contains(c))
                .forEach(code -> repository.insertItem(organisationId, year, code));
    }

    private void prefillFromEvidence(long organisationId, Framework framework) {
        int year = framework.fiscalYear().buddhistYear();
        var codes = framework.oitItems().stream().map(OitItem::code).toList();
        Map<String, OitRepository.ItemRow> untouched = repository.items(organisationId, year).stream()
                .filter(i -> i.updatedAt() == null).collect(Collectors.toMap(OitRepository.ItemRow::code, Function.identity()));
        List<String> added = new ArrayList<>();
        for (OitRepository.EvidenceLink link : repository.evidenceLinks(organisationId, year)) {
            OitItemMatch.itemOf(link.url(), codes).map(untouched::get).ifPresent(item -> {
                if (repository.addEvidenceUrl(item.id(), link.url(), link.id())) {
                    added.add(link.url());
                }
                if (link.divisionCode() != null) {
                    repository.setDivisionIfNone(item.id(), link.divisionCode());
                }
            });
        }
        checks.track(organisationId, added, now());
    }

    private OitBoard read(Organisation organisation, Framework framework, CurrentUser user) {
        int year = framework.fiscalYear().buddhistYear();
        Map<String, Answer> answers = answers(organisation.id(), year);
        boolean member = user.belongsTo(organisation.id());
        return assemble(organisation, framework, answers, code -> member && mayEdit(user, code),
                member && user.isCoordinator());
    }

    /**
     * The board of the organisation's year as the year-end report's appendix shows it, written from what is stored
     * and changing nothing: an item no one has answered takes the year's evidence links that name it, as the board
     * would on its next opening ({@link #board}), and an item never opened is simply missing. Three statements (the
     * items, their URLs with checks, the evidence links with checks) plus the organisation's divisions, whatever the
     * number of items, links or measures. Empty when the year has no framework. Not scoped: for the report, whose
     * service has checked its reader; read-only, for any user.
     */
    @Transactional(readOnly = true)
    public Optional<OitBoard> snapshot(Organisation organisation, FiscalYear year) {
        return frameworks.find(year).map(framework -> {
            int buddhistYear = year.buddhistYear();
            Map<String, Answer> answers = answers(organisation.id(), buddhistYear);
            var codes = framework.oitItems().stream().map(OitItem::code).toList();
            for (OitRepository.EvidenceLink link : repository.evidenceLinks(organisation.id(), buddhistYear)) {
                OitItemMatch.itemOf(link.url(), codes).ifPresent(code -> {
                    Answer answer = answers.getOrDefault(code, Answer.NONE);
                    if (!answer.answered()) {
                        answers.put(code, answer.withEvidence(link));
                    }
                });
            }
            return assemble(organisation, framework, answers, code -> false, false);
        });
    }

    /** The stored answers of the year's items by code: two statements. */
    private Map<String, Answer> answers(long organisationId, int year) {
        Map<Long, List<OitUrl>> urls = repository.urls(organisationId, year).stream().collect(Collectors.groupingBy(
                OitRepository.UrlRow::itemId, Collectors.mapping(OitService::url, Collectors.toList())));
        Map<String, Answer> answers = new java.util.HashMap<>();
        for (OitRepository.ItemRow row : repository.items(organisationId, year)) {
            answers.put(row.code(), new Answer(row.divisionCode(), urls.getOrDefault(row.id(), List.of()),
                    row.explanation(), row.approvedBy(), row.approvedAt(), row.updatedAt() != null));
        }
        return answers;
    }

    private OitBoard assemble(Organisation organisation, Framework framework, Map<String, Answer> answers,
                              java.util.function.Predicate<String> editable, boolean mayAssign) {
        List<Division> all = divisions.all(organisation.id());
        Map<String, Division> byCode = all.stream().collect(Collectors.toMap(Division::code, Function.identity()));
        List<OitBoardItem> items = framework.oitItems().stream().map(oit -> {
            Answer answer = answers.getOrDefault(oit.code(), Answer.NONE);
            Division division = answer.divisionCode() == null ? null : byCode.get(answer.divisionCode());
            return new OitBoardItem(oit.code(), oit.titleTh(), oit.indicator().value(), answer.divisionCode(),
                    division == null ? null : division.nameTh(), answer.urls(), answer.explanation(),
                    OitReadiness.state(answer.urls()), OitReadiness.lastCheck(answer.urls()), answer.approvedBy(),
                    answer.approvedAt(), editable.test(answer.divisionCode()), oit.role());
        }).toList();
        return new OitBoard(organisation.id(), framework.fiscalYear(), organisation.websiteDomain(), items,
                OitReadiness.perDivision(items, all), mayAssign);
    }

    /** An item's stored answer; {@code answered} once a person saved it (evidence is then no longer taken over). */
    private record Answer(String divisionCode, List<OitUrl> urls, String explanation, String approvedBy,
                          OffsetDateTime approvedAt, boolean answered) {

        static final Answer NONE = new Answer(null, List.of(), null, null, null, false);

        /** As {@link OitService#prefillFromEvidence}: the link added once, its division taken if the item has none. */
        Answer withEvidence(OitRepository.EvidenceLink link) {
            if (urls.stream().anyMatch(u -> u.url().equals(link.url()))) {
                return this;
            }
            List<OitUrl> more = new ArrayList<>(urls);
            more.add(new OitUrl(link.url(), link.id(), LastCheck.ofRow(link.status(), link.checkedAt(), link.httpStatus())));
            return new Answer(divisionCode != null ? divisionCode : link.divisionCode(), List.copyOf(more), explanation,
                    approvedBy, approvedAt, false);
        }
    }

    private static OitUrl url(OitRepository.UrlRow row) {
        return new OitUrl(row.url(), row.evidenceId(), LastCheck.ofRow(row.status(), row.checkedAt(), row.httpStatus()));
    }

    /** The coordinator answers any item; a division's people answer the items given to their division. */
    private static boolean mayEdit(CurrentUser user, String divisionCode) {
        return user.isCoordinator() || (divisionCode != null && user.isMemberOf(Groups.divisionGroup(divisionCode)));
    }

    private List<String> checkUrls(List<String> urls, Organisation organisation) {
        List<String> given = urls == null ? List.of()
                : urls.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).toList();
        if (given.size() > MAX_URLS) {
            throw new UserInputException("oit.error.tooManyUrls", String.valueOf(MAX_URLS));
        }
        Optional<String> domain = Optional.ofNullable(organisation.websiteDomain()).filter(d -> !d.isBlank());
        return List.copyOf(given.stream().map(u -> evidence.checkLink(u, domain).toString())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private OitRepository.ItemRow item(long organisationId, FiscalYear year, String code) {
        Framework framework = frameworks.require(year);
        String checked = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        if (framework.oitItems().stream().noneMatch(i -> i.code().equals(checked))) {
            throw new UserInputException("oit.error.item", String.valueOf(code), year.toString());
        }
        ensureItems(organisationId, framework);
        return repository.item(organisationId, year.buddhistYear(), checked).orElseThrow();
    }

    /** Readers of the organisation; anyone else is told it does not exist (ids cannot be probed). */
    private Organisation readable(long organisationId, CurrentUser user) {
        Optional<Organisation> organisation = organisations.find(organisationId);
        if (organisation.isEmpty() || !access.mayRead(user, organisationId, "oit")) {
            throw new UserInputException("oit.error.notFound", String.valueOf(organisationId));
        }
        return organisation.get();
    }

    /** Its own people act in an organisation; an auditor reads only, anyone else finds nothing. */
    private Organisation member(long organisationId, CurrentUser user) {
        Organisation organisation = readable(organisationId, user);
        if (!user.belongsTo(organisationId)) {
            throw new AccessDeniedException(user.userId() + " does not work for organisation " + organisationId);
        }
        return organisation;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
