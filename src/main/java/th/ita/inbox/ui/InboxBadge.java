package th.ita.inbox.ui;

import org.springframework.stereotype.Component;
import th.ita.inbox.InboxService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.NavigationBadge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The number of open tasks of the user's inbox, beside "งานของฉัน", and under it the steps and the overdue tasks
 * that have any, each linking to the filtered inbox. One count query each, all in the engine.
 */
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

    @Override
    public List<Filtered> filtered() {
        CurrentUser user = users.require();
        List<Filtered> filtered = new ArrayList<>();
        for (String step : InboxFilters.STEP_ORDER) {
            long count = inboxService.count(user, new InboxService.Filter(InboxFilters.STEPS.get(step)));
            if (count > 0) {
                filtered.add(new Filtered("inbox.filter.step." + step, Map.of("step", step), count));
            }
        }
        long overdue = inboxService.count(user, new InboxService.Filter(null, false, true));
        if (overdue > 0) {
            filtered.add(new Filtered("inbox.nav.overdue", Map.of("overdue", "1"), overdue));
        }
        return filtered;
    }
}
