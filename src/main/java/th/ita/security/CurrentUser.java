package th.ita.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who is acting: the Camunda user id and the ids of the groups they belong to. */
public record CurrentUser(String userId, Set<String> groupIds) {

    public CurrentUser {
        groupIds = Set.copyOf(groupIds);
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }

    public boolean isCoordinator() {
        return isMemberOf(Groups.COORDINATOR);
    }

    public boolean isExecutive() {
        return isMemberOf(Groups.EXECUTIVE);
    }

    public List<String> groupList() {
        return List.copyOf(groupIds);
    }

    /** The user's division, taken from their {@code div-*} group; empty for executives and admins. */
    public Optional<String> divisionCode() {
        return groupIds.stream()
                .filter(g -> g.startsWith(Groups.DIVISION_PREFIX))
                .map(g -> g.substring(Groups.DIVISION_PREFIX.length()))
                .sorted()
                .findFirst();
    }
}
