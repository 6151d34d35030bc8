package th.ita.organisation;

import th.ita.workflow.Tenants;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.security.CurrentUser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The organisation column of the access table (docs/ACCESS.md): who may read an organisation's work. Its own people,
 * each within their role, and the province auditors of its province (read-only). Nobody else: not another
 * organisation's people, not a platform administrator (who onboards organisations but does not read their work on
 * our screens). Services ask here before they read; what a role may do within the organisation stays theirs.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationAccess {

    private final OrganisationService organisations;
    private final HistoryService historyService;
    private final ProvinceReadLog readLog;

    public OrganisationAccess(OrganisationService organisations, HistoryService historyService,
                              ProvinceReadLog readLog) {
        this.organisations = organisations;
        this.historyService = historyService;
        this.readLog = readLog;
    }

    /**
     * Whether the user may read the organisation's work. A province auditor let through here is about to read an
     * organisation they do not belong to: that read is logged ({@link ProvinceReadLog}), so callers ask here right
     * before they read, once per page or request, not to filter lists.
     */
    public boolean mayRead(CurrentUser user, long organisationId) {
        return mayRead(user, organisationId, "organisation");
    }

    /** As {@link #mayRead(CurrentUser, long)}, naming what is read for the auditors' log (e.g. "dashboard"). */
    public boolean mayRead(CurrentUser user, long organisationId, String what) {
        if (user.belongsTo(organisationId)) {
            return true;
        }
        boolean ofTheirProvince = user.isProvinceAuditor() && organisations.find(organisationId)
                .map(o -> Objects.equals(o.province(), user.province())).orElse(false);
        if (ofTheirProvince) {
            readLog.record(user, organisationId, what);
        }
        return ofTheirProvince;
    }

    public void requireRead(CurrentUser user, long organisationId) {
        requireRead(user, organisationId, "organisation");
    }

    public void requireRead(CurrentUser user, long organisationId, String what) {
        if (!mayRead(user, organisationId, what)) {
            throw new AccessDeniedException(user.userId() + " may not read organisation " + organisationId);
        }
    }

    /** Whether the user acts in this organisation (its people only: an auditor reads, never acts). */
    public void requireMember(CurrentUser user, long organisationId) {
        if (!user.belongsTo(organisationId)) {
            throw new AccessDeniedException(user.userId() + " does not work for organisation " + organisationId);
        }
    }

    /**
     * The organisation of a process instance (running or ended) this user may read; the same refusal for one that
     * does not exist as for another organisation's, so that ids cannot be probed.
     */
    public long requireReadProcess(CurrentUser user, String processInstanceId) {
        Long organisation = organisationOfProcess(processInstanceId);
        if (organisation == null || !mayRead(user, organisation, "process " + processInstanceId)) {
            throw new AccessDeniedException(user.userId() + " may not read process " + processInstanceId);
        }
        return organisation;
    }

    /**
     * The engine tenants whose work the user may read, for a query's {@code tenantIdIn}: their organisation's, and a
     * province auditor's, those of the province's organisations. Empty for anyone else.
     */
    public List<String> readableTenantIds(CurrentUser user) {
        Set<String> tenants = new LinkedHashSet<>(user.tenantIds());
        if (user.isProvinceAuditor()) {
            organisations.ofProvince(user.province()).forEach(o -> tenants.add(Tenants.of(o.id())));
        }
        return List.copyOf(tenants);
    }

    /** The organisation of a process instance, null when there is no such process (or it belongs to none). */
    public Long organisationOfProcess(String processInstanceId) {
        if (processInstanceId == null || processInstanceId.isBlank()) {
            return null;
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : Tenants.organisationOf(instance.getTenantId()).orElse(null);
    }
}
