package th.ita.line.ui;

import org.springframework.stereotype.Component;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.NavigationCondition;

/**
 * "LINE ของฉัน" only for someone who works for an organisation: a LINE account is linked through an organisation's
 * Official Account, which a platform administrator or a province auditor does not have.
 */
@Component
class LineAccountNavigation implements NavigationCondition {

    private final CurrentUserProvider users;

    LineAccountNavigation(CurrentUserProvider users) {
        this.users = users;
    }

    @Override
    public String path() {
        return LineAccountView.ROUTE;
    }

    @Override
    public boolean shown() {
        return users.require().organisation().isPresent();
    }
}
