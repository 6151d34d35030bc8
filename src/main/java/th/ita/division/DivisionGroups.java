package th.ita.division;

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
 * The group ids are spelled here rather than with {@code security.Groups}' helpers, which would make the division
 * feature and security depend on each other; {@code Groups.divisionGroup} and {@code headGroup} name the same ids.
 */
@Component
public class DivisionGroups {

    public static final String MEASURE_PROCESS_KEY = "improvement-measure";

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
        ensureGroup("div-" + division.code(), name, "DIVISION");
        ensureGroup("head-" + division.code(), "หัวหน้า" + name, "HEAD");
        readsMeasureProcessOnly("div-" + division.code());
        readsMeasureProcessOnly("head-" + division.code());
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void readsMeasureProcessOnly(String groupId) {
        boolean reads = false;
        for (Authorization existing : authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(MEASURE_PROCESS_KEY).list()) {
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
            authorization.setResourceId(MEASURE_PROCESS_KEY);
            authorization.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(authorization);
        }
    }
}
