package th.ita.ui;

/**
 * Whether the logged-in user sees a side-navigation entry that their roles would allow: for a screen that has nothing
 * for some people of such a role (linking one's LINE account, for someone who works for no organisation). Implemented
 * by the feature that owns the view, like {@link NavigationBadge}; the view must still refuse them on its own.
 */
public interface NavigationCondition {

    /** The route path of the entry, as in {@code @Route}. */
    String path();

    /** Whether the logged-in user sees the entry. */
    boolean shown();
}
