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

    OitService(OitRepository repository, FrameworkService frameworks, DivisionService divisions,
               OrganisationService organisations, OrganisationAccess access, WebChecks checks, Clock clock) {
        this.repository = repository;
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
        Map<String, OitRepository.ItemRow> rows = repository.items(organisation.id(), year).stream()
                .collect(Collectors.toMap(OitRepository.ItemRow::code, Function.identity()));
        Map<Long, List<OitUrl>> urls = repository.urls(organisation.id(), year).stream().collect(Collectors.groupingBy(
                OitRepository.UrlRow::itemId, Collectors.mapping(OitService::url, Collectors.toList())));
        List<Division> all = divisions.all(organisation.id());
        Map<String, Division> byCode = all.stream().collect(Collectors.toMap(Division::code, Function.identity()));
        boolean member = user.belongsTo(organisation.id());
        List<OitBoardItem> items = framework.oitItems().stream().map(oit -> {
            OitRepository.ItemRow row = rows.get(oit.code());
            List<OitUrl> itemUrls = urls.getOrDefault(row.id(), List.of());
            Division division = row.divisionCode() == null ? null : byCode.get(row.divisionCode());
            return new OitBoardItem(oit.code(), oit.titleTh(), oit.indicator().value(), row.divisionCode(),
                    division == null ? null : division.nameTh(), itemUrls, row.explanation(), OitReadiness.state(itemUrls),
                    OitReadiness.lastCheck(itemUrls), row.approvedBy(), row.approvedAt(),
                    member && mayEdit(user, row.divisionCode()));
        }).toList();
        return new OitBoard(organisation.id(), framework.fiscalYear(), organisation.websiteDomain(), items,
                OitReadiness.perDivision(items, all), member && user.isCoordinator());
    }

    private static OitUrl url(OitRepository.UrlRow row) {
        LastCheck check = row.status() == null ? null
                : new LastCheck(CheckStatus.valueOf(row.status()), row.checkedAt(), row.httpStatus());
        return new OitUrl(row.url(), row.evidenceId(), check);
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
        return List.copyOf(given.stream().map(u -> EvidenceService.checkLink(u, domain).toString())
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
