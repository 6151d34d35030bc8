package th.ita.division;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import th.ita.security.Groups;

import java.util.Locale;

/**
 * The two Camunda groups of a division code, {@code div-<code>} (its people) and {@code head-<code>} (its director),
 * with the one grant they have: reading the measure process they work in (its diagram and forms, also in Camunda
 * Tasklist), which reveals nothing. Shared by every organisation with that code: the tenant check keeps each one's
 * tasks to its own people. Idempotent.
 */
@Component
public class DivisionGroups {

    public static final String MEASURE_PROCESS_KEY = "improvement-measure";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    public DivisionGroups(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    public void ensure(Division division) {
        String name = division.name(Locale.forLanguageTag("th"));
        ensureGroup(Groups.divisionGroup(division.code()), name, "DIVISION");
        ensureGroup(Groups.headGroup(division.code()), "หัวหน้า" + name, "HEAD");
        ensureReadsMeasureProcess(Groups.divisionGroup(division.code()));
        ensureReadsMeasureProcess(Groups.headGroup(division.code()));
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void ensureReadsMeasureProcess(String groupId) {
        boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(MEASURE_PROCESS_KEY)
                .hasPermission(Permissions.READ).count() > 0;
        if (!granted) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(Resources.PROCESS_DEFINITION);
            authorization.setResourceId(MEASURE_PROCESS_KEY);
            authorization.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(authorization);
        }
    }
}
