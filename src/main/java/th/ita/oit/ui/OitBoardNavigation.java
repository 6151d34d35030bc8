package th.ita.oit.ui;

import org.springframework.stereotype.Component;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.NavigationCondition;

/**
 * "ความพร้อม OIT" only for someone who works for an organisation: the board is one organisation's, and for anyone
 * else the page could only say that the account has none.
 */
@Component
class OitBoardNavigation implements NavigationCondition {

    private final CurrentUserProvider users;

    OitBoardNavigation(CurrentUserProvider users) {
        this.users = users;
    }

    @Override
    public String path() {
        return OitBoardView.ROUTE;
    }

    @Override
    public boolean shown() {
        return users.require().organisation().isPresent();
    }
}
