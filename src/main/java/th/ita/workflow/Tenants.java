package th.ita.workflow;

import java.util.Optional;

/**
 * Each organisation is a Camunda tenant, {@code org-<id>}: its process instances, tasks and history carry that tenant
 * id, its people are the tenant's members, and the engine's tenant check keeps everyone else out of them
 * (in {@code /engine-rest}, Cockpit and Tasklist alike). The process definitions are shared (no tenant).
 */
public final class Tenants {

    static final String PREFIX = "org-";

    private Tenants() {
    }

    public static String of(long organisationId) {
        return PREFIX + organisationId;
    }

    /** The organisation of a tenant id, empty for none (a shared definition) or a tenant that is not ours. */
    public static Optional<Long> organisationOf(String tenantId) {
        if (tenantId == null || !tenantId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(tenantId.substring(PREFIX.length())));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** The organisation of a tenant id that must be ours (a process instance's, a task's). */
    public static long requireOrganisation(String tenantId) {
        return organisationOf(tenantId).orElseThrow(() ->
                new IllegalStateException("Not an organisation's tenant: " + tenantId));
    }
}
