package th.ita.ui;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A count shown beside a side-navigation entry (e.g. open tasks). Implemented by the feature that owns the
 * view, so the shell does not depend on the features.
 */
public interface NavigationBadge {

    /** The route path the badge belongs to, as in {@code @Route} ("" for the inbox). */
    String path();

    /** The number to show for the logged-in user, or empty to show none. */
    OptionalLong count();

    /**
     * Whether a non-zero count is also shown in the top bar, which stays visible on a phone where the side
     * navigation is folded away (unread notifications).
     */
    default boolean alsoInTopBar() {
        return false;
    }

    /** Filtered views of the same route with their counts, shown as sub-entries (e.g. the inbox per step). */
    default List<Filtered> filtered() {
        return List.of();
    }

    /** A sub-entry: its label as a message key, the query parameters of the filter and the count for the user. */
    record Filtered(String labelKey, Map<String, String> query, long count) {
    }
}
