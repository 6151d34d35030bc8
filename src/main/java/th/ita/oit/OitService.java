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
import th.ita.workflow.Groups;
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
        Framework framework = requireBasis(organisationId, year);
        ensureItems(organisationId, year, framework);
        prefillFromEvidence(organisationId, year, framework);
        return read(organisation, year, framework, user);
    }

    /**
     * The framework the organisation's board of the year follows: the one its items were created under; for a board
     * not opened yet, the year's own, or until NACC's framework of the year is loaded, the newest earlier year's (a
     * stand-in, shown as provisional; for years up to the next fiscal year). Empty otherwise.
     */
    Optional<Framework> basis(long organisationId, FiscalYear year) {
        return repository.frameworkYear(organisationId, year.buddhistYear()).flatMap(y -> frameworks.find(FiscalYear.of(y)))
                .or(() -> frameworks.find(year))
                .or(() -> standInYear(year).flatMap(frameworks::find));
    }

    /** The newest earlier year with a framework, for a year up to the next fiscal year (further ahead is a typo). */
    private Optional<FiscalYear> standInYear(FiscalYear year) {
        if (year.compareTo(FiscalYear.of(java.time.LocalDate.now(clock)).next()) > 0) {
            return Optional.empty();
        }
        return frameworks.years().stream().filter(y -> y.compareTo(year) < 0).max(FiscalYear::compareTo);
    }

    private Framework requireBasis(long organisationId, FiscalYear year) {
        return basis(organisationId, year)
                .orElseThrow(() -> new UserInputException("assessment.error.noFramework", year.toString()));
    }

    /**
     * The coordinator confirms the mapping the board shows once the year's own framework has arrived: every answer of
     * the stand-in's items moves to the item the mapping gives ({@link OitMapping}), approvals excepted (the item is
     * another one now: approve it again); answers without a counterpart are dropped and listed in the result. One
     * transaction; a second confirmation finds nothing left to move.
     */
    @Transactional
    public OitMove confirmMapping(long organisationId, FiscalYear year, CurrentUser user) {
        coordinator(organisationId, user, "confirm OIT mappings");
        Framework from = requireBasis(organisationId, year);
        Framework to = frameworks.require(year);
        if (from.fiscalYear().equals(year) || repository.frameworkYear(organisationId, year.buddhistYear()).isEmpty()) {
            throw new UserInputException("oit.error.nothingToMap", year.toString());
        }
        OitMapping mapping = OitMapping.between(from, to);
        List<OitRepository.ItemRow> before = repository.items(organisationId, year.buddhistYear());
        Map<Long, List<OitRepository.UrlRow>> urls = repository.urls(organisationId, year.buddhistYear()).stream()
                .collect(Collectors.groupingBy(OitRepository.UrlRow::itemId));
        if (repository.deleteItems(organisationId, year.buddhistYear(), from.fiscalYear().buddhistYear()) == 0) {
            throw new UserInputException("oit.error.nothingToMap", year.toString());
        }
        ensureItems(organisationId, year, to);
        Map<String, OitRepository.ItemRow> after = repository.items(organisationId, year.buddhistYear()).stream()
                .collect(Collectors.toMap(OitRepository.ItemRow::code, Function.identity()));
        int moved = 0;
        List<String> dropped = new ArrayList<>();
        for (OitRepository.ItemRow old : before) {
            List<OitRepository.UrlRow> own = urls.getOrDefault(old.id(), List.of());
            boolean answered = !own.isEmpty() || old.explanation() != null || old.divisionCode() != null;
            if (!answered) {
                continue;
            }
            Optional<OitRepository.ItemRow> target = mapping.targetOf(old.code()).map(t -> after.get(t.code()));
            if (target.isEmpty()) {
                dropped.add(old.code());
                continue;
            }
            repository.moveAnswer(target.get().id(), old);
            for (int i = 0; i < own.size(); i++) {
                repository.insertUrl(target.get().id(), i + 1, own.get(i).url(), own.get(i).evidenceId());
            }
            moved++;
        }
        repository.recordChange(organisationId, year.buddhistYear(), "MAPPED", from.fiscalYear().buddhistYear(),
                year.buddhistYear(), moved, dropped.isEmpty() ? null : String.join(", ", dropped), user.userId(), now());
        return new OitMove(from.fiscalYear(), moved, dropped);
    }

    /**
     * "ยกข้อมูลจากปีที่แล้ว": last year's URLs copied to this year's matching items ({@link OitMapping}) that have none
     * yet, with last year's division where the item has none, and checked again at the next round. Items that carry
     * this application's output (by role) are left out: last year's plan and report are not this year's.
     */
    @Transactional
    public OitCarryOver carryOver(long organisationId, FiscalYear year, CurrentUser user) {
        coordinator(organisationId, user, "carry OIT answers over");
        Framework framework = requireBasis(organisationId, year);
        ensureItems(organisationId, year, framework);
        FiscalYear previous = year.previous();
        Map<Long, List<OitRepository.UrlRow>> lastUrls = repository.urls(organisationId, previous.buddhistYear()).stream()
                .collect(Collectors.groupingBy(OitRepository.UrlRow::itemId));
        Optional<Framework> lastFramework = lastUrls.isEmpty() ? Optional.empty() : basis(organisationId, previous);
        if (lastFramework.isEmpty()) {
            throw new UserInputException("oit.error.nothingToCarry", previous.toString());
        }
        OitMapping mapping = OitMapping.between(lastFramework.get(), framework);
        Map<String, OitRepository.ItemRow> last = repository.items(organisationId, previous.buddhistYear()).stream()
                .collect(Collectors.toMap(OitRepository.ItemRow::code, Function.identity()));
        Map<Long, List<OitRepository.UrlRow>> currentUrls = repository.urls(organisationId, year.buddhistYear()).stream()
                .collect(Collectors.groupingBy(OitRepository.UrlRow::itemId));
        Map<String, OitRepository.ItemRow> current = repository.items(organisationId, year.buddhistYear()).stream()
                .collect(Collectors.toMap(OitRepository.ItemRow::code, Function.identity()));
        int copied = 0;
        int kept = 0;
        List<String> recheck = new ArrayList<>();
        for (OitMapping.Pair pair : mapping.pairs()) {
            OitRepository.ItemRow source = last.get(pair.from().code());
            OitRepository.ItemRow target = current.get(pair.to().code());
            List<OitRepository.UrlRow> urls = source == null ? List.of() : lastUrls.getOrDefault(source.id(), List.of());
            if (target == null || urls.isEmpty() || pair.to().role() != null) {
                continue;
            }
            if (currentUrls.containsKey(target.id())) {
                kept++;
                continue;
            }
            for (OitRepository.UrlRow url : urls) {
                // Added only where absent: a second carry-over at the same moment adds nothing twice.
                repository.addEvidenceUrl(target.id(), url.url(), null);
                recheck.add(url.url());
            }
            if (source.divisionCode() != null) {
                repository.setDivisionIfNone(target.id(), source.divisionCode());
            }
            repository.touch(target.id(), user.userId(), now());
            copied++;
        }
        checks.recheck(organisationId, recheck, now());
        repository.recordChange(organisationId, year.buddhistYear(), "CARRIED_OVER", previous.buddhistYear(),
                year.buddhistYear(), copied, null, user.userId(), now());
        return new OitCarryOver(previous, copied, kept);
    }

    /** The coordinator gives an item to a division (null: to none). */
    @Transactional
    public void assign(long organisationId, FiscalYear year, String code, String divisionCode, CurrentUser user) {
        coordinator(organisationId, user, "assign OIT items");
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
        coordinator(organisationId, user, "approve OIT items");
        OitRepository.ItemRow item = item(organisationId, year, code);
        List<String> urls = repository.urls(organisationId, year.buddhistYear()).stream()
                .filter(u -> u.itemId() == item.id()).map(OitRepository.UrlRow::url).toList();
        if (urls.isEmpty()) {
            throw new UserInputException("oit.error.approveWithoutUrl", code);
        }
        repository.approve(item.id(), user.userId(), now());
        checks.approved(organisationId, urls, now());
    }

    private void ensureItems(long organisationId, FiscalYear boardYear, Framework framework) {
        int year = boardYear.buddhistYear();
        var existing = repository.existingCodes(organisationId, year);
        framework.oitItems().stream().map(OitItem::code).filter(c -> !existing.contains(c))
                .forEach(code -> repository.insertItem(organisationId, year, code, framework.fiscalYear().buddhistYear()));
    }

    private void prefillFromEvidence(long organisationId, FiscalYear boardYear, Framework framework) {
        int year = boardYear.buddhistYear();
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

    private OitBoard read(Organisation organisation, FiscalYear year, Framework framework, CurrentUser user) {
        Map<String, Answer> answers = answers(organisation.id(), year.buddhistYear());
        boolean member = user.belongsTo(organisation.id());
        return assemble(organisation, year, framework, answers, code -> member && mayEdit(user, code),
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
        return basis(organisation.id(), year).map(framework -> {
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
            return assemble(organisation, year, framework, answers, code -> false, false);
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

    private OitBoard assemble(Organisation organisation, FiscalYear year, Framework framework, Map<String, Answer> answers,
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
        boolean standIn = !framework.fiscalYear().equals(year);
        OitMapping pending = standIn ? frameworks.find(year).map(own -> OitMapping.between(framework, own)).orElse(null)
                : null;
        OitEstimate estimate = OitEstimate.of(framework, items, standIn || framework.provisional()).orElse(null);
        return new OitBoard(organisation.id(), year, organisation.websiteDomain(), items,
                OitReadiness.perDivision(items, all), mayAssign, framework.fiscalYear(), framework.provisional(),
                pending, estimate);
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
        Framework framework = requireBasis(organisationId, year);
        String given = code == null ? "" : code.strip();
        // Years spell their codes differently (o12 in 2566, O12 in 2568): the framework's own spelling is used.
        String checked = framework.oitItems().stream().map(OitItem::code).filter(c -> c.equalsIgnoreCase(given))
                .findFirst().orElseThrow(() -> new UserInputException("oit.error.item", String.valueOf(code), year.toString()));
        ensureItems(organisationId, year, framework);
        return repository.item(organisationId, year.buddhistYear(), checked).orElseThrow();
    }

    /** The organisation's coordinator, and only them. */
    private void coordinator(long organisationId, CurrentUser user, String action) {
        member(organisationId, user);
        if (!user.isCoordinator()) {
            throw new AccessDeniedException(user.userId() + " may not " + action);
        }
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
