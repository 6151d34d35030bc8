package th.ita.inbox.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.inbox.InboxService;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.support.KaribuTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class InboxNavigationCountsTest extends KaribuTest {

    @Autowired InboxService inboxService;

    @Test
    void inboxEntryListsTheStepsWithTasksAndTheOverdueOnes_withTheirCounts_linkingToTheFilteredInbox() {
        var head = users.user("finance.head");
        long review = inboxService.count(head, new InboxService.Filter(ImprovementMeasureProcess.TASK_HEAD_REVIEW));
        long overdue = inboxService.count(head, new InboxService.Filter(null, false, true));

        login("finance.head");
        UI.getCurrent().navigate(InboxView.class);

        SideNavItem inbox = _find(SideNavItem.class).stream().filter(i -> "งานของฉัน".equals(i.getLabel()))
                .findFirst().orElseThrow();
        List<SideNavItem> steps = inbox.getItems();
        assertThat(steps).extracting(SideNavItem::getLabel).doesNotContain("ผู้บริหารอนุมัติ");
        SideNavItem reviewItem = steps.stream().filter(i -> "หัวหน้ากองตรวจสอบ".equals(i.getLabel())).findFirst().orElseThrow();
        assertThat(((Span) reviewItem.getSuffixComponent()).getText()).isEqualTo(String.valueOf(review));
        assertThat(reviewItem.getPath()).contains("step=review");
        // The demo runs in the current fiscal year: the overdue entry shows only while something is overdue.
        var overdueItem = steps.stream().filter(i -> "เกินกำหนด".equals(i.getLabel())).findFirst();
        if (overdue == 0) {
            assertThat(overdueItem).isEmpty();
            return;
        }
        assertThat(((Span) overdueItem.orElseThrow().getSuffixComponent()).getText()).isEqualTo(String.valueOf(overdue));
        assertThat(overdueItem.orElseThrow().getPath()).contains("overdue=1");
    }
}
