package th.ita.ui;

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
}
