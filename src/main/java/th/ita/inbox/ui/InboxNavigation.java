package th.ita.inbox.ui;

import org.springframework.stereotype.Component;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.ui.NavigationCondition;

/**
 * "งานของฉัน" only for people whom a step can reach (a division, its head, the ITA coordinator, the executive): a
 * province auditor, a platform administrator or an organisation's administrator never gets a task, and a menu entry
 * that always reads 0 only says the menu was not made for them.
 */
@Component
class InboxNavigation implements NavigationCondition {

    private final CurrentUserProvider users;

    InboxNavigation(CurrentUserProvider users) {
        this.users = users;
    }

    @Override
    public String path() {
        return "";
    }

    @Override
    public boolean shown() {
        CurrentUser user = users.require();
        return user.isCoordinator() || user.isExecutive() || user.groupIds().stream()
                .anyMatch(group -> group.startsWith(Groups.DIVISION_PREFIX) || group.startsWith(Groups.HEAD_PREFIX));
    }
}
