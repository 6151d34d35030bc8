package th.ita.province;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.UserAccounts;
import th.ita.operations.AdminAuditLog;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.shared.RequiredText;

import java.util.Map;

/**
 * Province auditors: accounts in the group {@code province-auditor} with the province they oversee
 * ({@code province_auditor}). They belong to no organisation (no tenant): they read, they never act.
 */
@Service
public class ProvinceAuditors {

    private static final int MAX_PROVINCE_LENGTH = 200;

    private final UserAccounts accounts;
    private final IdentityService identityService;
    private final ProvinceAuditorRepository provinces;
    private final AdminAuditLog audit;

    ProvinceAuditors(UserAccounts accounts, IdentityService identityService, ProvinceAuditorRepository provinces,
                     AdminAuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.identityService = identityService;
        this.provinces = provinces;
    }

    /** Creates a province auditor (platform administrators only), all or nothing; returns the checked province. */
    @Transactional
    public String create(NewProvinceAuditor auditor, CurrentUser actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException(actor.userId() + " may not create province auditors");
        }
        String id = accounts.newId(auditor.id());
        String province = RequiredText.require(auditor.province(), "organisation.field.province", MAX_PROVINCE_LENGTH);
        accounts.create(id, auditor.firstName(), auditor.lastName(), auditor.email(), auditor.password());
        identityService.createMembership(id, Groups.PROVINCE_AUDITOR);
        oversee(id, province);
        audit.record("province-auditor.added", actor.userId(), Map.of("person", id, "province", province));
        return province;
    }

    /** Sets the province an existing auditor oversees (the demo's auditor; a move to another province). */
    @Transactional
    public void oversee(String userId, String province) {
        provinces.oversee(userId, province);
    }
}
