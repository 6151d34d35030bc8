package th.ita.division;

import th.ita.workflow.ProcessKeys;
import th.ita.workflow.Groups;
import th.ita.workflow.EngineIdentity;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Locale;

/**
 * The two Camunda groups of a division code, {@code div-<code>} (its people) and {@code head-<code>} (its director),
 * with the one grant they have: reading the measure process they work in (its diagram and forms, also in Camunda
 * Tasklist), which reveals nothing; a grant of more (an older version's) is taken back. Shared by every organisation
 * with that code: the tenant check keeps each one's tasks to its own people. Ensured for every code at start-up
 * (after the access bootstrap, order 0) and for a new division when it is added. Idempotent.
 * <p>
 * The group ids and the process key come from {@code th.ita.workflow} ({@link Groups}, {@link ProcessKeys}), which
 * depends on no feature: the division feature and security share them without depending on each other.
 */
@Component
public class DivisionGroups {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final DivisionRepository repository;

    public DivisionGroups(IdentityService identityService, AuthorizationService authorizationService,
                          DivisionRepository repository) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void ensureForEveryDivision() {
        repository.everyCode().forEach(this::ensure);
    }

    public void ensure(Division division) {
        String name = division.name(Locale.forLanguageTag("th"));
        ensureGroup(Groups.divisionGroup(division.code()), name, "DIVISION");
        ensureGroup(Groups.headGroup(division.code()), "หัวหน้า" + name, "HEAD");
        readsMeasureProcessOnly(Groups.divisionGroup(division.code()));
        readsMeasureProcessOnly(Groups.headGroup(division.code()));
    }

    private void ensureGroup(String id, String name, String type) {
        EngineIdentity.ensureGroup(identityService, id, name, type);
    }

    private void readsMeasureProcessOnly(String groupId) {
        boolean reads = false;
        for (Authorization existing : authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(ProcessKeys.IMPROVEMENT_MEASURE).list()) {
            if (existing.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT) {
                continue;
            }
            boolean more = Arrays.stream(existing.getPermissions(Permissions.values()))
                    .anyMatch(p -> p != Permissions.NONE && p != Permissions.READ);
            if (more) {
                authorizationService.deleteAuthorization(existing.getId());
            } else if (existing.isPermissionGranted(Permissions.READ)) {
                reads = true;
            }
        }
        if (!reads) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(Resources.PROCESS_DEFINITION);
            authorization.setResourceId(ProcessKeys.IMPROVEMENT_MEASURE);
            authorization.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(authorization);
        }
    }
}
