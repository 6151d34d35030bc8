package th.ita.approval;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.measure.Decision;
import th.ita.measure.MeasureTaskService;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.support.TestUsers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class ApprovalServiceTest {

    @Autowired ApprovalService approvalService;
    @Autowired MeasureTaskService measureTaskService;
    @Autowired MeasuresAtExecutive measures;
    @Autowired TestUsers users;

    @Test
    void bulkApprovalWithOneMeasureAlreadyDecided_approvesNothing_andNamesThatMeasure() {
        String first = measures.start("ชุดแรก");
        String second = measures.start("ชุดสอง");
        CurrentUser mayor = users.user("mayor");
        List<ApprovalSummary> selected = summaries(mayor, first, second);

        // Meanwhile the clerk, the other executive, approves the second one.
        measureTaskService.decideAsExecutive(measures.executiveTask(second).getId(), Decision.APPROVE, null,
                users.user("clerk"));

        assertThatThrownBy(() -> approvalService.approveAll(selected, mayor))
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("approval.bulk.failed");
                    assertThat(e.arguments()).containsExactly(selected.get(1).measureTitle());
                });
        assertThat(measures.executiveTask(first)).as("the first approval was rolled back").isNotNull();
        assertThat(measures.executiveTask(first).getAssignee()).isNull();
    }

    @Test
    void summaryListsTheAcceptingHeadTheirCommentAndTheEvidence() {
        String pi = measures.start("สรุป");

        ApprovalSummary summary = summaries(users.user("mayor"), pi).get(0);

        assertThat(summary.divisions()).singleElement().satisfies(d -> {
            assertThat(d.divisionCode()).isEqualTo("finance");
            assertThat(d.acceptedBy()).isEqualTo("finance.head");
            assertThat(d.acceptedAt()).isNotNull();
        });
        assertThat(summary.evidenceCount()).isEqualTo(1);
        // The head's and the coordinator's comments, in the order they were made.
        assertThat(summary.comments()).extracting(c -> c.userId(), c -> c.text(), c -> c.taskName()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("finance.head", MeasuresAtExecutive.HEAD_COMMENT, "หัวหน้ากองตรวจสอบ"),
                org.assertj.core.groups.Tuple.tuple("coordinator", MeasuresAtExecutive.COORDINATOR_COMMENT,
                        "ผู้ประสานงาน ITA ตรวจความครบถ้วน"));
        assertThat(summary.daysToDue()).isNotNegative();
    }

    private List<ApprovalSummary> summaries(CurrentUser user, String... processInstanceIds) {
        List<ApprovalSummary> all = approvalService.page(user, 0, (int) approvalService.count(user));
        return List.of(processInstanceIds).stream()
                .map(pi -> all.stream().filter(s -> s.processInstanceId().equals(pi)).findFirst().orElseThrow())
                .toList();
    }
}
