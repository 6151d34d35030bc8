package th.ita.measure;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.notification.NotificationService;
import th.ita.shared.UserInputException;
import th.ita.support.MeasureSteps;
import th.ita.support.TestUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of {@code bpmn/improvement-measure.bpmn}, on the application's engine with its real delegates, through
 * the services the screens use: head returns, the coordinator sending back one division only, the executive
 * returning to the coordinator or to a named division, reminder and overdue timers (mail through GreenMail),
 * withdrawal and the year-end close. Flow-node coverage must reach 100% (report in target/process-test-coverage).
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "ita.reminders.days-before-due=7", "ita.demo.plan=false"})
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, ImprovementMeasureProcessTest.FullCoverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ImprovementMeasureProcessTest {

    /**
     * A free port rather than GreenMail's usual 3025: on a shared machine another build may run this test at the
     * same moment, and the second SMTP server would fail to bind.
     */
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration
    static class FullCoverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties measureCoverage() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .assertClassCoverageAtLeast(1.0)
                    .excludeProcessDefinitionKeys("improvement-plan")
                    .build();
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService tasks;
    @Autowired MeasureOutcomes outcomes;
    @Autowired NotificationService notifications;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired TestUsers users;
    @Autowired MeasureSteps steps;
    @Autowired PlatformTransactionManager transactionManager;

    private final Map<String, ProcessInstance> started = new HashMap<>();

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void headReturnsOnce_thenCoordinatorAndExecutiveApprove_everyDivisionDone() {
        String pi = start("finance", "works");
        assertThat(instance(pi)).isWaitingAt(ImprovementMeasureProcess.TASK_DIVISION_WORK);

        steps.submit(pi, "finance");
        steps.review(pi, "finance", Decision.RETURN, "ขาดรายงานการประชุม");
        assertThat(openParts(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK)).containsExactlyInAnyOrder("finance", "works");
        steps.submit(pi, "finance");
        steps.review(pi, "finance", Decision.ACCEPT, null);
        steps.submit(pi, "works");
        steps.review(pi, "works", Decision.ACCEPT, null);

        coordinator(pi, Decision.COMPLETE, null, null);
        executive(pi, Decision.APPROVE, List.of(), "ดีมาก");

        assertThat(instance(pi)).isEnded().hasPassed(ImprovementMeasureProcess.END_DONE);
        assertThat(outcomes.ofMeasure(pi)).extracting(PartOutcome::divisionCode, PartOutcome::outcome,
                        PartOutcome::progress, PartOutcome::decidedBy)
                .containsExactly(tuple("finance", PartOutcome.Outcome.DONE, PartOutcome.Progress.ACCEPTED, "mayor"),
                        tuple("works", PartOutcome.Outcome.DONE, PartOutcome.Progress.ACCEPTED, "mayor"));
    }

    @Test
    void coordinatorSendsBackOneDivision_onlyThatDivisionRedoes_theOtherKeepsItsWork() {
        String pi = start("finance", "works");
        steps.accept(pi, "finance", "works");

        coordinator(pi, Decision.SEND_BACK, "works", "ไม่มีภาพถ่ายกิจกรรม");

        assertThat(openParts(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK)).containsExactly("works");
        assertThat(outcomes.ofMeasure(pi)).extracting(PartOutcome::divisionCode, PartOutcome::progress)
                .containsExactly(tuple("finance", PartOutcome.Progress.ACCEPTED), tuple("works", PartOutcome.Progress.IN_WORK));
        steps.accept(pi, "works");
        assertThat(instance(pi)).isWaitingAt(ImprovementMeasureProcess.TASK_COORDINATOR_CHECK);
    }

    @Test
    void executiveReturnsToCoordinator_thenToOneNamedDivision_thenApproves() {
        String pi = start("finance", "works", "office");
        steps.accept(pi, "finance", "works", "office");
        coordinator(pi, Decision.COMPLETE, null, null);

        executive(pi, Decision.RETURN_TO_COORDINATOR, List.of(), "ตรวจสอบหลักฐานของทุกกองอีกครั้ง");
        assertThat(instance(pi)).isWaitingAt(ImprovementMeasureProcess.TASK_COORDINATOR_CHECK);
        coordinator(pi, Decision.COMPLETE, null, null);

        executive(pi, Decision.RETURN, List.of("office"), "ขอรายงานการประชุมฉบับลงนาม");
        assertThat(openParts(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK)).containsExactly("office");
        steps.accept(pi, "office");
        coordinator(pi, Decision.COMPLETE, null, null);

        executive(pi, Decision.RETURN, List.of(), "ทุกกองต้องแนบภาพถ่าย");
        assertThat(openParts(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK))
                .containsExactlyInAnyOrder("finance", "works", "office");
    }

    @Test
    void tasklistCompletesWithFormVariablesOnly_theNamedDivisionIsSentBack() {
        String pi = start("finance", "works");
        steps.accept(pi, "finance", "works");
        Task check = taskService.createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_COORDINATOR_CHECK).singleResult();

        // What Camunda Tasklist submits for forms/coordinator-check.form: the form's keys, a select as a String.
        taskService.complete(check.getId(), Variables.createVariables().putValue("coordinatorDecision", "SEND_BACK")
                .putValue("sendBackDivision", "finance").putValue("coordinatorReason", "ขาดหลักฐาน"));

        assertThat(openParts(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK)).containsExactly("finance");
    }

    @Test
    void completionThatBreaksTheFormsRules_isRefusedByTheServer_whoeverCompletes() {
        String pi = start("finance");
        steps.submit(pi, "finance");
        Task review = task(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW);

        // As Camunda Tasklist or the REST API could: no decision (required), then a reason over the form's limit.
        // (The engine wraps the listener's refusal; REST clients get its message.)
        assertThatThrownBy(() -> taskService.complete(review.getId(), Variables.createVariables()))
                .hasRootCauseInstanceOf(UserInputException.class).hasMessageContaining("form.error.required");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Variables.createVariables()
                .putValue("headDecision", "RETURN").putValue("headReason", "ก".repeat(2001))))
                .hasRootCauseInstanceOf(UserInputException.class).hasMessageContaining("form.error.maxLength");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Variables.createVariables()
                .putValue("headDecision", "MAYBE"))).hasRootCauseInstanceOf(UserInputException.class)
                .hasMessageContaining("form.error.option");

        assertThat(instance(pi)).isWaitingAt(ImprovementMeasureProcess.TASK_HEAD_REVIEW);
    }

    @Test
    void sendingBackOrReturningToADivisionOutsideTheMeasure_isRefused_andNothingMoves() {
        String pi = start("finance");
        steps.accept(pi, "finance");
        assertThatThrownBy(() -> coordinator(pi, Decision.SEND_BACK, "works", "ผิดกอง"))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> coordinator(pi, Decision.SEND_BACK, "finance", " "))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> tasks.checkAsCoordinator(task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK).getId(),
                Decision.COMPLETE, null, null, users.user("finance.head"))).isInstanceOf(AccessDeniedException.class);
        assertThat(instance(pi)).isWaitingAt(ImprovementMeasureProcess.TASK_COORDINATOR_CHECK);

        coordinator(pi, Decision.COMPLETE, null, null);
        assertThatThrownBy(() -> executive(pi, Decision.RETURN, List.of("education"), "ผิดกอง"))
                .isInstanceOf(UserInputException.class);
        assertThat(instance(pi)).isWaitingAt(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);
    }

    @Test
    void reminderBeforeTheDueDate_andEscalationAtIt_mailTheRightPeople_andMarkThePartOverdue() throws Exception {
        String pi = start("finance");
        // A measure outside a plan is due at the end of the current fiscal year; read back rather than recomputed
        // from today, which is another day when the test runs across midnight.
        LocalDate due = MeasureVariables.dueDate(engine.getRuntimeService().getVariables(pi)).toInstant()
                .atZone(ZoneId.systemDefault()).toLocalDate();

        moveClockTo(due.minusDays(6));
        assertThat(runDueTimers(pi)).isEqualTo(1);
        assertThat(recipients()).containsExactlyInAnyOrder("finance.officer@ita.example", "finance.head@ita.example");
        assertThat(mail.getReceivedMessages()[0].getSubject()).contains("ITA");
        assertThat(outcomes.ofMeasure(pi)).singleElement().satisfies(part -> assertThat(part.isOverdue()).isFalse());

        mail.purgeEmailFromAllMailboxes();
        moveClockTo(due.plusDays(1));
        assertThat(runDueTimers(pi)).isEqualTo(1);
        assertThat(recipients()).containsExactlyInAnyOrder("finance.head@ita.example", "coordinator@ita.example");
        assertThat(outcomes.ofMeasure(pi)).singleElement().satisfies(part -> assertThat(part.isOverdue()).isTrue());
        assertThat(notifications.recent("coordinator")).first().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo(EscalateOverdueDelegate.MESSAGE);
            assertThat(n.unread()).isTrue();
            assertThat(n.processInstanceId()).isEqualTo(pi);
        });
        // Both timers were non-interrupting: the officer's task is still there.
        assertThat(instance(pi)).isWaitingAt(ImprovementMeasureProcess.TASK_DIVISION_WORK);
    }

    @Test
    void overdueJobRolledBack_mailsNobody_andItsRetryMailsEachRecipientOnce() throws Exception {
        String pi = start("finance");
        LocalDate due = MeasureVariables.dueDate(engine.getRuntimeService().getVariables(pi)).toInstant()
                .atZone(ZoneId.systemDefault()).toLocalDate();
        moveClockTo(due.plusDays(1));
        List<Job> timers = managementService.createJobQuery().processInstanceId(pi).timers().executable().list();
        mail.purgeEmailFromAllMailboxes();
        long unreadBefore = notifications.countUnread("coordinator");

        // The first attempt notifies, then its transaction rolls back (a node dying, a lost optimistic lock):
        // neither the in-app notices nor the mails may remain.
        TransactionTemplate attempt = new TransactionTemplate(transactionManager);
        attempt.executeWithoutResult(status -> {
            timers.forEach(job -> managementService.executeJob(job.getId()));
            assertThat(notifications.countUnread("coordinator")).isEqualTo(unreadBefore + 1);
            assertThat(mail.getReceivedMessages()).as("no mail before the commit").isEmpty();
            status.setRollbackOnly();
        });
        assertThat(mail.getReceivedMessages()).as("no mail for a rolled-back attempt").isEmpty();
        assertThat(notifications.countUnread("coordinator")).isEqualTo(unreadBefore);

        // The retry commits: one mail per recipient.
        assertThat(runDueTimers(pi)).isEqualTo(2);
        assertThat(recipients()).containsExactlyInAnyOrder("finance.officer@ita.example", "finance.head@ita.example",
                "finance.head@ita.example", "coordinator@ita.example");
        assertThat(runDueTimers(pi)).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(4);
        assertThat(notifications.countUnread("coordinator")).isEqualTo(unreadBefore + 1);
    }

    @Test
    void coordinatorWithdrawsAMeasure_withAReason_everyPartWithdrawn() {
        String pi = start("finance", "works");
        steps.submit(pi, "finance");

        assertThatThrownBy(() -> measureService.withdraw(pi, "ซ้ำ", users.user("finance.head")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measureService.withdraw(pi, "  ", users.user("coordinator")))
                .isInstanceOf(UserInputException.class);
        measureService.withdraw(pi, "ซ้ำกับมาตรการอื่นในแผน", users.user("coordinator"));

        assertThat(instance(pi)).isEnded().hasPassed(ImprovementMeasureProcess.END_WITHDRAWN);
        assertThat(outcomes.ofMeasure(pi)).extracting(PartOutcome::outcome, PartOutcome::decidedBy, PartOutcome::reason)
                .containsOnly(tuple(PartOutcome.Outcome.WITHDRAWN, "coordinator", "ซ้ำกับมาตรการอื่นในแผน"));
        assertThatThrownBy(() -> measureService.withdraw(pi, "อีกครั้ง", users.user("coordinator")))
                .isInstanceOf(UserInputException.class);
    }

    @Test
    void yearEndClose_endsOpenMeasuresAsNotDone_keepingProgress_andLeavesFinishedOnesDone() {
        String open = start("finance", "works");
        steps.accept(open, "finance");
        steps.submit(open, "works");
        String finished = start("office");
        steps.accept(finished, "office");
        coordinator(finished, Decision.COMPLETE, null, null);
        executive(finished, Decision.APPROVE, List.of(), null);

        measureService.closeAtYearEnd(open);
        measureService.closeAtYearEnd(finished);

        assertThat(instance(open)).isEnded().hasPassed(ImprovementMeasureProcess.END_NOT_DONE);
        assertThat(outcomes.ofMeasure(open)).extracting(PartOutcome::divisionCode, PartOutcome::outcome, PartOutcome::progress)
                .containsExactly(tuple("finance", PartOutcome.Outcome.NOT_DONE, PartOutcome.Progress.ACCEPTED),
                        tuple("works", PartOutcome.Outcome.NOT_DONE, PartOutcome.Progress.IN_REVIEW));
        assertThat(outcomes.ofMeasure(finished)).extracting(PartOutcome::outcome).containsOnly(PartOutcome.Outcome.DONE);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String start(String... divisions) {
        String pi = measureService.start("มาตรการทดสอบ " + UUID.randomUUID(), List.of(divisions), users.user("coordinator"));
        started.put(pi, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult());
        return pi;
    }

    /** The instance as started: the assertions read its state (running or ended) from the engine by its id. */
    private ProcessInstance instance(String pi) {
        return started.get(pi);
    }

    private void coordinator(String pi, Decision decision, String division, String reason) {
        tasks.checkAsCoordinator(task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK).getId(), decision, division, reason,
                users.user("coordinator"));
    }

    private void executive(String pi, Decision decision, List<String> divisions, String reason) {
        tasks.decideAsExecutive(task(pi, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL).getId(), decision, divisions,
                reason, users.user("mayor"));
    }

    private Task task(String pi, String key) {
        return steps.task(pi, key, null);
    }

    /** The divisions with an open task of this kind. */
    private List<String> openParts(String pi, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).list().stream()
                .map(t -> (String) taskService.getVariable(t.getId(), "division")).toList();
    }

    private int runDueTimers(String pi) {
        List<Job> due = managementService.createJobQuery().processInstanceId(pi).timers().executable().list();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveClockTo(LocalDate day) {
        ClockUtil.setCurrentTime(date(day));
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static List<String> recipients() throws Exception {
        MimeMessage[] messages = mail.getReceivedMessages();
        return Arrays.stream(messages).map(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
