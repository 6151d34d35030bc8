package th.ita.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.ita.division.Division;
import th.ita.division.DivisionService;

import java.util.Locale;

/**
 * Makes sure the groups the processes assign work to exist, and that the engine's authorizations match the
 * roles: administrators may do everything (also in the Camunda webapps), the coordinator may start measures.
 * Task visibility needs no grant here: the engine authorises a task's candidate group when it creates the task.
 * Idempotent, so it runs at every start.
 */
@Component
public class AccessBootstrap {

    static final String MEASURE_PROCESS_KEY = "improvement-measure";
    static final String PLAN_PROCESS_KEY = "improvement-plan";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final DivisionService divisionService;

    public AccessBootstrap(IdentityService identityService, AuthorizationService authorizationService,
                           DivisionService divisionService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.divisionService = divisionService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void ensureGroupsAndAuthorizations() {
        ensureGroup(Groups.ADMIN, "ผู้ดูแลระบบ", "SYSTEM");
        ensureGroup(Groups.COORDINATOR, "คณะทำงาน ITA", "WORKFLOW");
        ensureGroup(Groups.EXECUTIVE, "ผู้บริหาร", "WORKFLOW");
        for (Division division : divisionService.all()) {
            ensureGroup(Groups.divisionGroup(division.code()), division.name(Locale.forLanguageTag("th")), "DIVISION");
            ensureGroup(Groups.headGroup(division.code()), "หัวหน้า" + division.name(Locale.forLanguageTag("th")), "HEAD");
            // Reading the process they work in (its diagram and forms, also in Camunda Tasklist) reveals nothing.
            grant(Groups.divisionGroup(division.code()), Resources.PROCESS_DEFINITION, MEASURE_PROCESS_KEY, Permissions.READ);
            grant(Groups.headGroup(division.code()), Resources.PROCESS_DEFINITION, MEASURE_PROCESS_KEY, Permissions.READ);
        }
        for (Resource resource : Resources.values()) {
            grant(Groups.ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        // UPDATE_INSTANCE: the coordinator withdraws a measure and closes the year (message correlation).
        grant(Groups.COORDINATOR, Resources.PROCESS_DEFINITION, MEASURE_PROCESS_KEY,
                Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE);
        grant(Groups.COORDINATOR, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        // The coordinator starts a plan's year with its draft and may close the year early (message correlation).
        grant(Groups.COORDINATOR, Resources.PROCESS_DEFINITION, PLAN_PROCESS_KEY,
                Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE);
        grant(Groups.EXECUTIVE, Resources.PROCESS_DEFINITION, PLAN_PROCESS_KEY, Permissions.READ);
        // Approving a plan starts its measures on the approving executive's behalf.
        grant(Groups.EXECUTIVE, Resources.PROCESS_DEFINITION, MEASURE_PROCESS_KEY,
                Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(Groups.EXECUTIVE, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    /** Grants the permissions, adding those missing to an existing grant (a database from an older version). */
    private void grant(String groupId, Resource resource, String resourceId, Permissions... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
                .filter(existing -> existing.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .findFirst().orElse(null);
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (java.util.Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permissions permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
