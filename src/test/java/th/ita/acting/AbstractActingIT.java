package th.ita.acting;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import th.ita.audit.MeasureHistoryService;
import th.ita.audit.TimelineEntry;
import th.ita.decision.DecisionRecord;
import th.ita.decision.Decisions;
import th.ita.evidence.EvidenceFile;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskRow;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.security.UserProfiles;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPdf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A division whose only head submits the division's work himself: nobody could accept it (he may not review his own
 * work). The organisation's administrator appoints the division's officer to act for the head; the officer then
 * sees the review in the inbox and over {@code /engine-rest}, accepts it, and the decision record says he acted for
 * the head. After the period he sees nothing of the head's any more, even in a session signed in during it. An
 * officer who submitted the work himself cannot accept it as acting head: the refusal changes nothing.
 * Subclasses choose the database.
 */
abstract class AbstractActingIT {

    @Autowired TestOrganisations testOrganisations;
    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService tasks;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired InboxService inbox;
    @Autowired Decisions decisions;
    @Autowired ActingAppointments appointments;
    @Autowired UserProfiles profiles;
    @Autowired CurrentUserProvider currentUser;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeasureHistoryService history;
    @Autowired TestRestTemplate rest;
    @Autowired th.ita.security.ActingGroups actingGroups;

    TestOrganisation org;
    CurrentUser admin;
    LocalDate today;

    @BeforeEach
    void anOrganisation() {
        org = testOrganisations.onboard();
        admin = org.user("admin");
        today = appointments.today();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theHeadsOwnWork_isAcceptedByTheOfficerActingForHim_andTheRecordSaysSo_untilThePeriodEnds() {
        String pi = measureWhoseWorkTheHeadSubmitted();
        Task review = headReview(pi);
        assertThatThrownBy(() -> tasks.reviewAsHead(review.getId(), Decision.ACCEPT, null, org.user("finance.head")))
                .as("the head may not accept his own work").isInstanceOf(UserInputException.class);
        assertThat(inboxTaskIds(org.user("finance.officer"))).doesNotContain(review.getId());

        ActingAppointment appointment = appointments.appoint(org.id(), new NewActingAppointment(
                org.userId("finance.officer"), org.userId("finance.head"), today, today.plusDays(7)), admin);

        CurrentUser acting = org.user("finance.officer");
        assertThat(acting.groupIds()).contains(Groups.headGroup("finance"));
        assertThat(inboxTaskIds(acting)).contains(review.getId());
        assertThat(engineRestTaskIds("finance.officer", pi)).contains(review.getId());
        tasks.reviewAsHead(review.getId(), Decision.ACCEPT, null, acting);

        DecisionRecord record = decisions.latestOf(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW).orElseThrow();
        assertThat(record.decidedBy()).isEqualTo(org.userId("finance.officer"));
        assertThat(record.role()).isEqualTo(Groups.headGroup("finance"));
        assertThat(record.actingFor()).isEqualTo(org.userId("finance.head"));
        assertThat(decisions.verify(decisions.of(pi)).isIntact()).as("the acting name is part of the hash").isTrue();
        assertThat(history.timeline(pi, org.user("coordinator"))).as("the audit history says it")
                .filteredOn(e -> e.kind() == TimelineEntry.Kind.TASK_COMPLETED && e.detail() != null)
                .anySatisfy(e -> assertThat(e.detail())
                        .contains("ผู้รักษาราชการแทน ทดสอบ head (ผู้อำนวยการกองคลัง)"));
        var overApi = exchange("coordinator", HttpMethod.GET, "/api/measures/" + pi + "/decisions", null);
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(overApi.getBody(), "$.records[*].actingFor"))
                .containsExactly(org.userId("finance.head"));
        assertThat(jdbc.queryForObject("select count(*) from acting_appointment where id = ? and recorded_by = ?",
                Long.class, appointment.id(), admin.userId())).isEqualTo(1);

        // A session signed in during the period, and a new head review waiting.
        var signedInDuringThePeriod = profiles.authentication(org.userId("finance.officer"));
        Task nextReview = headReview(measureWhoseWorkTheHeadSubmitted());
        periodOver(appointment.id());

        CurrentUser after = org.user("finance.officer");
        assertThat(after.groupIds()).doesNotContain(Groups.headGroup("finance"));
        assertThat(inboxTaskIds(after)).doesNotContain(nextReview.getId());
        assertThat(engineRestTaskIds("finance.officer", nextReview.getProcessInstanceId())).isEmpty();
        SecurityContextHolder.getContext().setAuthentication(signedInDuringThePeriod);
        assertThat(currentUser.require().groupIds()).as("the session loses the group too")
                .doesNotContain(Groups.headGroup("finance"));
        assertThatThrownBy(() -> tasks.reviewAsHead(nextReview.getId(), Decision.ACCEPT, null, after))
                .isInstanceOf(RuntimeException.class);
        assertThat(taskService.createTaskQuery().taskId(nextReview.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void anOfficerWhoSubmittedTheWork_cannotAcceptItAsActingHead_andNothingChanges() {
        String pi = measureService.start("มาตรการรักษาการ " + UUID.randomUUID(), List.of("finance"), org.user("coordinator"));
        submit(pi, "finance.officer");
        Task review = headReview(pi);
        appointments.appoint(org.id(), new NewActingAppointment(org.userId("finance.officer"),
                org.userId("finance.head"), today, today), admin);
        long historyBefore = historyService.createUserOperationLogQuery().processInstanceId(pi).count();

        assertThatThrownBy(() -> tasks.reviewAsHead(review.getId(), Decision.ACCEPT, null, org.user("finance.officer")))
                .isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).messageKey()).isEqualTo("step.refused.ownWork"));
        var overEngineRest = exchange("finance.officer", HttpMethod.POST,
                "/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"" + org.userId("finance.officer") + "\"}");

        assertThat(overEngineRest.getStatusCode().is2xxSuccessful()).as("claim over /engine-rest").isFalse();
        Task still = taskService.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(still).as("the review still waits").isNotNull();
        assertThat(still.getAssignee()).isNull();
        assertThat(decisions.of(pi)).isEmpty();
        assertThat(historyService.createUserOperationLogQuery().processInstanceId(pi).count()).isEqualTo(historyBefore);
        assertThat(taskService.getVariable(review.getId(), "headDecision")).isNull();
    }

    private String measureWhoseWorkTheHeadSubmitted() {
        String pi = measureService.start("มาตรการหัวหน้าคนเดียว " + UUID.randomUUID(), List.of("finance"),
                org.user("coordinator"));
        submit(pi, "finance.head");
        return pi;
    }

    private void submit(String pi, String who) {
        Task work = taskService.createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK).singleResult();
        tasks.submitWork(work.getId(), "ดำเนินการแล้ว", List.of(new EvidenceFile("รายงาน.pdf", TestPdf.minimal("finance"))),
                org.user(who));
    }

    private Task headReview(String pi) {
        return taskService.createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_HEAD_REVIEW).singleResult();
    }

    /**
     * A document signed by a deputy is read long after: whether they acted for the executive is asked of the moment
     * of signing, not of today. Ended early, the appointment still covers what was signed before its end.
     */
    @Test
    void whetherSomeoneActedForTheExecutive_isAnsweredForTheMomentAsked() {
        ActingAppointment appointment = appointments.appoint(org.id(), new NewActingAppointment(
                org.userId("coordinator"), org.userId("mayor"), today, today.plusDays(7)), admin);
        java.time.OffsetDateTime signedDuring = java.time.OffsetDateTime.now();
        assertThat(actingGroups.actingInAt(Groups.EXECUTIVE, org.userId("coordinator"), org.id(), signedDuring))
                .hasValueSatisfying(a -> assertThat(a.actedForUserId()).isEqualTo(org.userId("mayor")));
        assertThat(actingGroups.actingInAt(Groups.EXECUTIVE, org.userId("finance.head"), org.id(), signedDuring))
                .as("somebody not appointed").isEmpty();
        assertThat(actingGroups.actingInAt(Groups.EXECUTIVE, org.userId("coordinator"), org.id(),
                signedDuring.plusDays(8))).as("after the period").isEmpty();

        appointments.end(org.id(), appointment.id(), admin);
        assertThat(actingGroups.actingInAt(Groups.EXECUTIVE, org.userId("coordinator"), org.id(), signedDuring))
                .as("signed before it was ended").isPresent();
        assertThat(actingGroups.actingInAt(Groups.EXECUTIVE, org.userId("coordinator"), org.id(),
                java.time.OffsetDateTime.now().plusSeconds(1))).as("after it was ended").isEmpty();
    }

    /** As if the days had passed: the appointment's period now lies wholly before today. */
    private void periodOver(long appointmentId) {
        jdbc.update("update acting_appointment set starts_on = ?, ends_on = ? where id = ?",
                today.minusDays(10), today.minusDays(1), appointmentId);
    }

    private List<String> inboxTaskIds(CurrentUser user) {
        return inbox.page(user, InboxService.Filter.ALL, 0, 100).stream().map(TaskRow::taskId).toList();
    }

    private List<String> engineRestTaskIds(String role, String pi) {
        var response = exchange(role, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + pi, null);
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        return com.jayway.jsonpath.JsonPath.read(response.getBody(), "$[*].id");
    }

    private org.springframework.http.ResponseEntity<String> exchange(String role, HttpMethod method, String url, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(org.userId(role), TestOrganisations.PASSWORD)
                .exchange(url, method, new HttpEntity<>(body, headers), String.class);
    }
}
