package th.ita.handoff;

import java.util.List;

/**
 * Who a task went to: its assignee, or else its candidate groups and users (ids, named for people by
 * {@link Handoffs#names}).
 */
public record HandoffTarget(long organisationId, String assignee, List<String> groups, List<String> users) {

    public HandoffTarget {
        groups = List.copyOf(groups);
        users = List.copyOf(users);
    }
}
