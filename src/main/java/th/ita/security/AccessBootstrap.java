package th.ita.security;

import th.ita.workflow.EngineIdentity;
import th.ita.workflow.ProcessKeys;
import th.ita.workflow.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Makes sure the groups the processes assign work to exist, and that the engine's authorizations match the
 * access table (docs/ACCESS.md): administrators may do everything (also in the Camunda webapps); everybody else
 * reads the process definitions and works the tasks the engine offers them, nothing more.
 * Task visibility needs no grant here: the engine authorises a task's candidate group when it creates the task.
 * The divisions' groups are the division feature's ({@code DivisionGroups}).
 * Idempotent, so it runs at every start.
 */
@Component
public class AccessBootstrap {

    static final String PLAN_PROCESS_KEY = ProcessKeys.IMPROVEMENT_PLAN;

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    public AccessBootstrap(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void ensureGroupsAndAuthorizations() {
        ensureGroup(Groups.ADMIN, "ผู้ดูแลระบบ", "SYSTEM");
        ensureGroup(Groups.COORDINATOR, "คณะทำงาน ITA", "WORKFLOW");
        ensureGroup(Groups.EXECUTIVE, "ผู้บริหาร", "WORKFLOW");
        // No engine grant at all: they work through our screens and /api, which check the access table.
        ensureGroup(Groups.PLATFORM_ADMIN, "ผู้ดูแลแพลตฟอร์ม", "PLATFORM");
        ensureGroup(Groups.ORGANISATION_ADMIN, "ผู้ดูแลหน่วยงาน", "ORGANISATION");
        ensureGroup(Groups.PROVINCE_AUDITOR, "ผู้ตรวจสอบระดับจังหวัด", "PLATFORM");
        for (Resource resource : Resources.values()) {
            grant(Groups.ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        // Least privilege (docs/ACCESS.md): the coordinator and the executives read the processes and work the tasks
        // the engine offers them. Starting, withdrawing and closing go through our services, which check the role
        // and act for the user (EngineUser), so no grant lets /engine-rest start, correlate, modify or migrate.
        for (String workflowGroup : new String[] {Groups.COORDINATOR, Groups.EXECUTIVE}) {
            grantExactly(workflowGroup, Resources.PROCESS_DEFINITION, ProcessKeys.IMPROVEMENT_MEASURE, Permissions.READ);
            grantExactly(workflowGroup, Resources.PROCESS_DEFINITION, PLAN_PROCESS_KEY, Permissions.READ);
            revoke(workflowGroup, Resources.PROCESS_INSTANCE, Authorization.ANY);
        }
        tasksOfferedForWorkOnly();
    }

    /**
     * The engine gives a task's candidates and assignee the permission named by
     * {@code defaultUserPermissionNameForTask}, now TASK_WORK (claim and complete). Tasks created before, by an
     * older version, still carry UPDATE, which also allows reassigning them and writing their variables.
     */
    private void tasksOfferedForWorkOnly() {
        for (Authorization authorization : authorizationService.createAuthorizationQuery()
                .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
            if (authorization.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT
                    || Groups.ADMIN.equals(authorization.getGroupId())) {
                continue;
            }
            authorization.removePermission(Permissions.UPDATE);
            authorization.addPermission(Permissions.TASK_WORK);
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void ensureGroup(String id, String name, String type) {
        EngineIdentity.ensureGroup(identityService, id, name, type);
    }

    /** The group's grant on the resource holds these permissions and no other (an older version granted more). */
    private void grantExactly(String groupId, Resource resource, String resourceId, Permissions... permissions) {
        revokeUnless(groupId, resource, resourceId, permissions);
        grant(groupId, resource, resourceId, permissions);
    }

    private void revoke(String groupId, Resource resource, String resourceId) {
        revokeUnless(groupId, resource, resourceId);
    }

    private void revokeUnless(String groupId, Resource resource, String resourceId, Permissions... wanted) {
        Set<Permissions> wantedSet = Set.of(wanted);
        for (Authorization existing : authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list()) {
            if (existing.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT) {
                continue;
            }
            List<Permission> granted = Arrays.asList(existing.getPermissions(Permissions.values()));
            boolean extra = granted.contains(Permissions.ALL) || granted.stream()
                    .anyMatch(p -> p != Permissions.NONE && !wantedSet.contains(p));
            if (extra) {
                authorizationService.deleteAuthorization(existing.getId());
            }
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
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permissions permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
