package th.ita.approval.ui;

import org.springframework.stereotype.Component;
import th.ita.inbox.InboxService;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.NavigationBadge;

import java.util.OptionalLong;

/** The number of measures waiting for the executive, beside "รออนุมัติ". */
@Component
class ApprovalBadge implements NavigationBadge {

    private final InboxService inboxService;
    private final CurrentUserProvider users;

    ApprovalBadge(InboxService inboxService, CurrentUserProvider users) {
        this.inboxService = inboxService;
        this.users = users;
    }

    @Override
    public String path() {
        return "approval";
    }

    @Override
    public OptionalLong count() {
        // The inbox's badge counts (one grouped query, kept a few seconds), not a count query of its own.
        return OptionalLong.of(inboxService.counts(users.require()).step(ApprovalView.WAITING_FOR_EXECUTIVE.taskKey()));
    }
}
