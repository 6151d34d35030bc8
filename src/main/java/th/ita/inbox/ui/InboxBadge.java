package th.ita.inbox.ui;

import org.springframework.stereotype.Component;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskCounts;
import th.ita.measure.MeasureStep;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.NavigationBadge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The number of open tasks of the user's inbox, beside "งานของฉัน", and under it the steps and the overdue tasks
 * that have any, each linking to the filtered inbox. All from the user's {@link TaskCounts}: one grouped query,
 * kept for a few seconds.
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
        return OptionalLong.of(inboxService.counts(users.require()).total());
    }

    @Override
    public List<Filtered> filtered() {
        TaskCounts counts = inboxService.counts(users.require());
        List<Filtered> filtered = new ArrayList<>();
        for (MeasureStep step : MeasureStep.values()) {
            long count = counts.step(step.taskKey());
            if (count > 0) {
                filtered.add(new Filtered("inbox.filter.step." + step.filterName(), Map.of("step", step.filterName()),
                        count));
            }
        }
        long overdue = counts.overdue();
        if (overdue > 0) {
            filtered.add(new Filtered("inbox.nav.overdue", Map.of("overdue", "1"), overdue));
        }
        return filtered;
    }
}
