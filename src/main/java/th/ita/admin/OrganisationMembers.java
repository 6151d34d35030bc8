package th.ita.admin;

import org.springframework.stereotype.Component;
import th.ita.organisation.PersonRole;
import th.ita.workflow.Tenants;
import th.ita.workflow.EngineIdentityQueries;
import th.ita.workflow.Groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The people of an organisation: the members of its engine tenant with their groups, in one statement over the
 * engine's identity tables (the identity API would need a query per person for the groups).
 */
@Component
class OrganisationMembers {

    private final EngineIdentityQueries identities;

    OrganisationMembers(EngineIdentityQueries identities) {
        this.identities = identities;
    }

    private record Row(String id, String first, String last, String email, String groupId, String position) {
    }

    List<Member> of(long organisationId) {
        List<Row> rows = identities.tenantMembersWithGroups(Tenants.of(organisationId), (rs, n) -> new Row(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        Map<String, List<Row>> byUser = new LinkedHashMap<>();
        rows.forEach(row -> byUser.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row));
        return byUser.values().stream().map(OrganisationMembers::member).toList();
    }

    /** Groups back to roles: a head is also in the division's group, which does not make them an officer too. */
    private static Member member(List<Row> rows) {
        Row first = rows.get(0);
        TreeSet<String> roles = new TreeSet<>();
        String division = null;
        String headOf = null;
        for (Row row : rows) {
            String group = row.groupId();
            if (group == null) {
                continue;
            }
            if (group.startsWith(Groups.HEAD_PREFIX)) {
                headOf = group.substring(Groups.HEAD_PREFIX.length());
            } else if (group.startsWith(Groups.DIVISION_PREFIX)) {
                division = group.substring(Groups.DIVISION_PREFIX.length());
            } else if (group.equals(Groups.COORDINATOR)) {
                roles.add(PersonRole.COORDINATOR.apiName());
            } else if (group.equals(Groups.EXECUTIVE)) {
                roles.add(PersonRole.EXECUTIVE.apiName());
            } else if (group.equals(Groups.ORGANISATION_ADMIN)) {
                roles.add(PersonRole.ORGANISATION_ADMIN.apiName());
            }
        }
        if (headOf != null) {
            roles.add(PersonRole.HEAD.apiName());
            division = headOf;
        } else if (division != null && !roles.contains(PersonRole.COORDINATOR.apiName())) {
            roles.add(PersonRole.OFFICER.apiName());
        }
        return new Member(first.id(), first.first(), first.last(), first.email(), List.copyOf(roles), division,
                first.position());
    }
}
