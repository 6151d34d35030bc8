package th.ita.inbox.ui;

import org.springframework.stereotype.Component;
import th.ita.inbox.InboxService;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.NavigationBadge;

import java.util.OptionalLong;

/** The number of open tasks of the user's inbox, beside "งานของฉัน". */
@Component
class InboxBadge implements NavigationBadge {

    private final InboxService inboxService;
    private final CurrentUserProvider users;

    InboxBadge(InboxService inboxService, CurrentUserProvider users) {
        this.inboxService = inboxService;
        this.users = users;
    }

    @Override
    public String path() {
        return "";
    }

    @Override
    public OptionalLong count() {
        return OptionalLong.of(inboxService.count(users.require(), InboxService.Filter.ALL));
    }
}
