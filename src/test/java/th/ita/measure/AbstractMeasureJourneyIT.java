package th.ita.measure;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import th.ita.audit.MeasureHistoryService;
import th.ita.audit.TimelineEntry;
import th.ita.evidence.EvidenceFile;
import th.ita.evidence.EvidenceService;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskRow;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.support.TestPdf;
import th.ita.support.TestUsers;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One measure the whole way, through the same services the screens use, on a real database: the coordinator
 * assigns it to finance and works, officers submit evidence, the finance head returns once, the mayor returns
 * once and then approves. Subclasses choose the database (H2, PostgreSQL); the test is the same.
 */
abstract class AbstractMeasureJourneyIT {

    @Autowired javax.sql.DataSource dataSource;
    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService measureTaskService;
    @Autowired InboxService inboxService;
    @Autowired EvidenceService evidenceService;
    @Autowired MeasureHistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired HistoryService engineHistory;
    @Autowired RepositoryService repositoryService;
    @Autowired TestUsers users;

    @Test
    void measureTravelsFromCoordinatorThroughDivisionsToMayorApproval() {
        String title = "มาตรการทดสอบ " + UUID.randomUUID();
        String pi = measureService.start(title, List.of("finance", "works"), users.user("coordinator"));

        workAndReview(pi, "finance");
        Task financeReview = openTask(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "finance.head");
        measureTaskService.reviewAsHead(financeReview.getId(), Decision.RETURN, "ขาดรายงานการประชุม", users.user("finance.head"));
        assertThat(openTask(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK, "finance.officer")).isNotNull();

        workAndReview(pi, "finance");
        accept(pi, "finance");
        workAndReview(pi, "works");
        accept(pi, "works");
        checkComplete(pi);

        Task approval = openTask(pi, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, "mayor");
        measureTaskService.decideAsExecutive(approval.getId(), Decision.RETURN, "ขอภาพถ่ายกิจกรรมเพิ่ม", users.user("mayor"));
        for (String division : List.of("finance", "works")) {
            workAndReview(pi, division);
            accept(pi, division);
        }
        checkComplete(pi);
        approval = openTask(pi, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, "mayor");
        measureTaskService.decideAsExecutive(approval.getId(), Decision.APPROVE, null, users.user("mayor"));

        HistoricProcessInstance ended = engineHistory.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult();
        assertThat(ended.getEndActivityId()).isEqualTo(ImprovementMeasureProcess.END_DONE);
        assertThat(ended.getStartUserId()).isEqualTo("coordinator");

        List<TimelineEntry> timeline = historyService.timeline(pi);
        assertThat(timeline).first().extracting(TimelineEntry::kind).isEqualTo(TimelineEntry.Kind.STARTED);
        assertThat(timeline).last().extracting(TimelineEntry::kind).isEqualTo(TimelineEntry.Kind.ENDED);
        assertThat(timeline).filteredOn(e -> e.kind() == TimelineEntry.Kind.COMMENT)
                .extracting(TimelineEntry::detail, TimelineEntry::userId)
                .contains(org.assertj.core.groups.Tuple.tuple("ขาดรายงานการประชุม", "finance.head"),
                        org.assertj.core.groups.Tuple.tuple("ขอภาพถ่ายกิจกรรมเพิ่ม", "mayor"));
        // 3 finance + 2 works submissions, each with one file, hashed.
        assertThat(evidenceService.forProcessInstance(pi)).hasSize(5)
                .allSatisfy(e -> assertThat(e.sha256()).hasSize(64));
        assertThat(timeline).filteredOn(e -> e.kind() == TimelineEntry.Kind.TASK_COMPLETED)
                .extracting(TimelineEntry::userId)
                .containsOnly("finance.officer", "finance.head", "works.officer", "works.head", "coordinator", "mayor");
    }

    @Test
    void submissionWithoutEvidence_isRejectedAndSavesNothing() {
        String pi = measureService.start("มาตรการไม่มีหลักฐาน", List.of("education"), users.user("coordinator"));
        Task work = openTask(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK, "education.officer");

        assertThatThrownBy(() -> measureTaskService.submitWork(work.getId(), "ทำแล้ว", List.of(), users.user("education.officer")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("work.error.noEvidence");
        // A valid file next to an empty one: the whole submission is refused, the valid file is not kept.
        List<EvidenceFile> files = List.of(new EvidenceFile("ok.pdf", TestPdf.minimal("ok")), new EvidenceFile("empty.pdf", new byte[0]));
        assertThatThrownBy(() -> measureTaskService.submitWork(work.getId(), "ทำแล้ว", files, users.user("education.officer")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("evidence.error.empty");

        assertThat(evidenceService.forProcessInstance(pi)).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(work.getId()).singleResult()).isNotNull();
    }

    @Test
    void anotherDivisionCannotCompleteTheTask() {
        String pi = measureService.start("มาตรการของกองคลัง", List.of("finance"), users.user("coordinator"));
        Task work = openTask(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK, "finance.officer");
        CurrentUser worksOfficer = users.user("works.officer");

        assertThatThrownBy(() -> measureTaskService.submitWork(work.getId(), "ทำแทน",
                List.of(new EvidenceFile("x.pdf", TestPdf.minimal("x"))), worksOfficer))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(inboxService.page(worksOfficer, InboxService.Filter.ALL, 0, 1000))
                .extracting(TaskRow::processInstanceId).doesNotContain(pi);
        assertThat(evidenceService.forProcessInstance(pi)).isEmpty();
    }

    @Test
    void headAssignsTheTaskToAMemberOfTheDivision_onlyTheirOwnDivision() {
        String pi = measureService.start("มาตรการมอบหมายงาน", List.of("finance"), users.user("coordinator"));
        Task work = openTask(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK, "finance.officer");

        inboxService.assign(work.getId(), "finance.officer", users.user("finance.head"));
        assertThat(taskService.createTaskQuery().taskId(work.getId()).singleResult().getAssignee()).isEqualTo("finance.officer");

        assertThatThrownBy(() -> inboxService.assign(work.getId(), "works.officer", users.user("finance.head")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("task.error.notMember");
        assertThatThrownBy(() -> inboxService.assign(work.getId(), "works.officer", users.user("works.head")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inboxService.assign(work.getId(), "finance.head", users.user("finance.officer")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheCoordinatorStartsMeasures() {
        assertThatThrownBy(() -> measureService.start("x", List.of("finance"), users.user("finance.head")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measureService.start("  ", List.of("finance"), users.user("coordinator")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("error.required");
        assertThatThrownBy(() -> measureService.start("x", List.of(), users.user("coordinator")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("measure.error.noDivision");
    }

    @Test
    void unchangedBpmnIsDeployedOnce() {
        // Every start deploys bpmn/ and forms/ again; duplicate filtering must keep a single version.
        assertThat(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ImprovementMeasureProcess.KEY).latestVersion().singleResult().getVersion())
                .isEqualTo(repositoryService.createProcessDefinitionQuery()
                        .processDefinitionKey(ImprovementMeasureProcess.KEY).count());
    }

    private void workAndReview(String pi, String division) {
        String officer = division + ".officer";
        Task work = openTask(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK, officer);
        inboxService.claim(work.getId(), users.user(officer));
        measureTaskService.submitWork(work.getId(), "ดำเนินการแล้ว " + division,
                List.of(new EvidenceFile("รายงาน-" + division + ".pdf", TestPdf.minimal(division))), users.user(officer));
    }

    private void checkComplete(String pi) {
        Task check = openTask(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, "coordinator");
        measureTaskService.checkAsCoordinator(check.getId(), Decision.COMPLETE, null, null, users.user("coordinator"));
    }

    private void accept(String pi, String division) {
        String head = division + ".head";
        Task review = openTask(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW, head);
        measureTaskService.reviewAsHead(review.getId(), Decision.ACCEPT, null, users.user(head));
    }

    /** The task of this process at this step that the user's inbox offers; fails if the inbox does not show it. */
    private Task openTask(String pi, String taskKey, String userId) {
        CurrentUser user = users.user(userId);
        List<TaskRow> rows = inboxService.page(user, new InboxService.Filter(taskKey), 0, 1000).stream()
                .filter(row -> row.processInstanceId().equals(pi))
                .toList();
        assertThat(rows).as("%s's inbox at %s", userId, taskKey).hasSize(1);
        return taskService.createTaskQuery().taskId(rows.get(0).taskId()).singleResult();
    }

    /** Each completion looks for the task's subtasks; without this index PostgreSQL scanned every open task. */
    @Test
    void theEngineFindsATasksSubtasksThroughAnIndex() throws Exception {
        List<String> indexes = new java.util.ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
                try (var rs = meta.getIndexInfo(null, null, table, false, true)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            indexes.add(rs.getString("INDEX_NAME").toUpperCase(java.util.Locale.ROOT) + ":"
                                    + String.valueOf(rs.getString("COLUMN_NAME")).toUpperCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
        assertThat(indexes).contains("ITA_IDX_TASK_PARENT:PARENT_TASK_ID_");
    }
}
