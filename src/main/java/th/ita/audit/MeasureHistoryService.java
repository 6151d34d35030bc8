package th.ita.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureVariables;
import th.ita.oit.LinkChecks;
import th.ita.oit.LinkState;
import th.ita.organisation.OrganisationAccess;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who did what and when, for every measure: Camunda's full history (process and task instances with
 * their assignees, the user operation log of claims and assignments), the comments, and the evidence with
 * its SHA-256. Read-only by construction: this service offers no way to change any of it. Everyone logged
 * in may read their own organisation's (a province auditor, the province's); another's is not found.
 */
@Service
@Transactional(readOnly = true)
public class MeasureHistoryService {

    private final HistoryService historyService;
    private final AuditTrail trail;
    private final AuditCsv csv;
    private final PlanService planService;
    private final OrganisationAccess access;
    private final LinkChecks linkChecks;

    public MeasureHistoryService(HistoryService historyService, AuditTrail trail, AuditCsv csv,
                                 PlanService planService, OrganisationAccess access, LinkChecks linkChecks) {
        this.access = access;
        this.linkChecks = linkChecks;
        this.historyService = historyService;
        this.trail = trail;
        this.csv = csv;
        this.planService = planService;
    }

    /** How many measures the user may read (their organisation's; a province auditor's, the province's). */
    public long countMeasures(CurrentUser user) {
        return measureQuery(user).map(HistoricProcessInstanceQuery::count).orElse(0L);
    }

    /** A page of the measures the user may read, newest first; the tenant filter is in the engine's SQL. */
    public List<MeasureSummary> measures(CurrentUser user, int offset, int limit) {
        List<HistoricProcessInstance> instances = measureQuery(user)
                .map(q -> q.orderByProcessInstanceStartTime().desc().listPage(offset, limit))
                .orElse(List.of());
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, Object> titles = titles(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new));
        return instances.stream()
                .map(pi -> new MeasureSummary(pi.getId(), (String) titles.get(pi.getId()), pi.getStartTime(),
                        pi.getStartUserId(), pi.getEndTime(),
                        ImprovementMeasureProcess.END_DONE.equals(pi.getEndActivityId())))
                .toList();
    }

    /** Whether the id is a measure's process instance (running or ended) of an organisation the user may read. */
    public boolean isMeasure(String processInstanceId, CurrentUser user) {
        return processInstanceId != null && measureQuery(user)
                .map(q -> q.processInstanceId(processInstanceId).count() == 1).orElse(false);
    }

    /** Empty when the user may read no organisation's work. */
    private Optional<HistoricProcessInstanceQuery> measureQuery(CurrentUser user) {
        List<String> tenants = access.readableTenantIds(user);
        if (tenants.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ImprovementMeasureProcess.KEY)
                .tenantIdIn(tenants.toArray(String[]::new)));
    }

    /**
     * The measure's history, oldest first. Not scoped: for a measure the caller has already found the user may read
     * (a task of theirs, {@link #isMeasure(String, CurrentUser)}); with a user at hand, use
     * {@link #timeline(String, CurrentUser)}.
     */
    public List<TimelineEntry> timeline(String processInstanceId) {
        return timeline(processInstanceId, AuditFilter.NONE);
    }

    /** The measure's history, oldest first, only what the filter lets through; entries carry the measure's title. */
    public List<TimelineEntry> timeline(String processInstanceId, AuditFilter filter) {
        return trail.page(measureScope(processInstanceId, (Long) null), filter, 0, Integer.MAX_VALUE);
    }

    /** The measure's history if the user may read its organisation's work; empty as for a missing one otherwise. */
    public List<TimelineEntry> timeline(String processInstanceId, CurrentUser user) {
        return timeline(processInstanceId, AuditFilter.NONE, user);
    }

    /** As {@link #timeline(String, AuditFilter)}, scoped: another organisation's measure has no history. */
    public List<TimelineEntry> timeline(String processInstanceId, AuditFilter filter, CurrentUser user) {
        return measureScope(processInstanceId, user).map(scope -> trail.page(scope, filter, 0, Integer.MAX_VALUE))
                .orElse(List.of());
    }

    /**
     * The history of every measure of the plan, oldest first, each entry tagged "seq. measure text";
     * empty if the plan is unknown or of an organisation the user may not read. Measures not started yet (a draft
     * plan) have no history. Screens page it instead ({@link #page}).
     */
    public Optional<List<TimelineEntry>> planTimeline(long planId, CurrentUser user, AuditFilter filter) {
        return planScope(planId, user).map(scope -> trail.page(scope, filter, 0, Integer.MAX_VALUE));
    }

    /** The plan's audit scope, if the user may read the plan's organisation (the read is logged for an auditor). */
    public Optional<AuditScope> planScope(long planId, CurrentUser user) {
        return planService.organisationOf(planId, user).map(organisation -> new AuditScope.OfPlan(planId));
    }

    /** A measure's audit scope, if it is a process of an organisation the user may read. */
    public Optional<AuditScope.OfMeasure> measureScope(String processInstanceId, CurrentUser user) {
        Long organisation = access.organisationOfProcess(processInstanceId);
        if (organisation == null || !access.mayRead(user, organisation, "process " + processInstanceId)) {
            return Optional.empty();
        }
        return Optional.of(measureScope(processInstanceId, organisation));
    }

    private AuditScope.OfMeasure measureScope(String processInstanceId, Long organisation) {
        Object title = titles(processInstanceId).get(processInstanceId);
        return new AuditScope.OfMeasure(processInstanceId, title == null ? null : title.toString(), organisation);
    }

    /**
     * The measure's link evidence, each with the live checker's latest result on the measure's organisation's website:
     * one statement. The scope proves the user may read the measure ({@link #measureScope(String, CurrentUser)}).
     */
    public List<LinkState> linkChecks(AuditScope.OfMeasure scope) {
        return linkChecks.ofMeasureEvidence(scope.organisationId(), scope.processInstanceId());
    }

    /** How many entries of the scope the filter lets through: one statement. */
    public long count(AuditScope scope, AuditFilter filter) {
        return trail.count(scope, filter);
    }

    /** A page of the scope's entries, in order: one statement, for a lazy grid. */
    public List<TimelineEntry> page(AuditScope scope, AuditFilter filter, int offset, int limit) {
        return trail.page(scope, filter, offset, limit);
    }

    /** The scope's entries as CSV, written as the database returns them: never the whole file in memory. */
    public void writeCsv(AuditScope scope, AuditFilter filter, OutputStream out) {
        csv.write(each -> trail.forEach(scope, filter, each), out);
    }

    private Map<String, Object> titles(String... processInstanceIds) {
        return historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds)
                .variableName(MeasureVariables.measureTitleName())
                .list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
                        v -> String.valueOf(v.getValue()), (a, b) -> a));
    }
}
