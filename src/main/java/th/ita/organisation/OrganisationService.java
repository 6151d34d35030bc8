package th.ita.organisation;

import th.ita.workflow.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.division.DivisionService;
import th.ita.outbound.OutboundPolicy;
import th.ita.operations.AdminAuditLog;
import th.ita.security.CurrentUser;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assessed organisations, each one a tenant of the deployment ({@link Tenants}). Ids are generated, so callers may
 * also find an organisation by its Thai name, district and province (unique together; names recur across provinces).
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private static final int MAX_NAME_LENGTH = 200;

    private final OrganisationRepository organisations;
    private final IdentityService identityService;
    private final DivisionService divisions;
    private final OutboundPolicy outbound;
    private final AdminAuditLog audit;

    OrganisationService(OrganisationRepository organisations, IdentityService identityService, DivisionService divisions,
                        OutboundPolicy outbound, AdminAuditLog audit) {
        this.audit = audit;
        this.organisations = organisations;
        this.outbound = outbound;
        this.identityService = identityService;
        this.divisions = divisions;
    }

    public List<Organisation> all() {
        return organisations.all();
    }

    /**
     * The organisations this user may see: every one for a platform administrator, those of their province for a
     * province auditor, their own for everyone else.
     */
    public List<Organisation> visibleTo(CurrentUser user) {
        if (user.isPlatformAdmin()) {
            return all();
        }
        if (user.isProvinceAuditor()) {
            return ofProvince(user.province());
        }
        return user.organisation().flatMap(this::find).stream().toList();
    }

    public List<Organisation> ofProvince(String province) {
        return organisations.ofProvince(province);
    }

    public Optional<Organisation> find(long id) {
        return organisations.find(id);
    }

    public Optional<Organisation> find(String nameTh, String district, String province) {
        return organisations.find(nameTh, district, province);
    }

    /**
     * Onboards an organisation with its divisions (platform administrators only): its row, its engine tenant, its
     * divisions and their groups, all or nothing. Returns its id.
     */
    @Transactional
    public long create(NewOrganisation organisation, CurrentUser user) {
        if (!user.isPlatformAdmin()) {
            throw new AccessDeniedException(user.userId() + " may not onboard organisations");
        }
        String nameTh = RequiredText.require(organisation.nameTh(), "organisation.field.nameTh", MAX_NAME_LENGTH);
        String district = RequiredText.require(organisation.district(), "organisation.field.district", MAX_NAME_LENGTH);
        String province = RequiredText.require(organisation.province(), "organisation.field.province", MAX_NAME_LENGTH);
        String nameEn = RequiredText.optional(organisation.nameEn(), "organisation.field.nameEn", MAX_NAME_LENGTH);
        String domain = RequiredText.optional(organisation.websiteDomain(), "organisation.field.websiteDomain", 255);
        // The checker fetches pages under this domain: a public DNS name only, never an address inside our network.
        domain = outbound.websiteDomain(domain).orElse(null);
        if (find(nameTh, district, province).isPresent()) {
            throw new UserInputException("organisation.error.duplicate", nameTh, district, province);
        }
        List<NewOrganisation.NewDivision> newDivisions = organisation.divisions() == null ? List.of() : organisation.divisions();
        if (newDivisions.isEmpty()) {
            throw new UserInputException("organisation.error.noDivision");
        }
        Set<String> codes = new HashSet<>();
        for (NewOrganisation.NewDivision division : newDivisions) {
            if (division == null || !codes.add(String.valueOf(division.code()).strip())) {
                throw new UserInputException("division.error.duplicate", division == null ? "" : division.code());
            }
        }
        long id = insert(nameTh, nameEn, district, province, domain);
        for (NewOrganisation.NewDivision division : newDivisions) {
            divisions.add(id, division.code(), division.nameTh(), division.nameEn());
        }
        audit.record("organisation.onboarded", user.userId(), Map.of("organisation", id, "name", nameTh,
                "province", province, "divisions", codes.size()));
        return id;
    }

    /**
     * The organisation with these names, created (with its tenant) when missing; returns its id. For loaders of
     * published results, which name organisations that may not use the workflow at all.
     */
    @Transactional
    public long ensure(String nameTh, String nameEn, String district, String province, String websiteDomain) {
        return find(nameTh, district, province).map(Organisation::id)
                .orElseGet(() -> insert(nameTh, nameEn, district, province, websiteDomain));
    }

    private long insert(String nameTh, String nameEn, String district, String province, String websiteDomain) {
        organisations.insert(nameTh, nameEn, district, province, websiteDomain);
        long id = find(nameTh, district, province).orElseThrow().id();
        ensureTenant(id, nameTh);
        return id;
    }

    /** The organisation's engine tenant, which scopes its process instances, tasks and people in the engine. */
    public void ensureTenant(long organisationId, String name) {
        String tenantId = Tenants.of(organisationId);
        if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
            Tenant tenant = identityService.newTenant(tenantId);
            tenant.setName(name);
            identityService.saveTenant(tenant);
        }
    }
}
