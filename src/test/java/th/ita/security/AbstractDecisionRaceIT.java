package th.ita.security;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import th.ita.approval.MeasuresAtExecutive;
import th.ita.inbox.InboxService;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.shared.UserInputException;
import th.ita.support.MeasureSteps;
import th.ita.support.TestUsers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people acting on the same task at the same moment, on real threads and real transactions: one wins, the
 * other is told so in their language, and nothing is saved twice or half.
 */
abstract class AbstractDecisionRaceIT {

    @Autowired MeasuresAtExecutive atExecutive;
    @Autowired MeasureTaskService measureTasks;
    @Autowired MeasureService measureService;
    @Autowired MeasureSteps steps;
    @Autowired InboxService inbox;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void twoExecutivesApproveAtOnce_oneDecides_theOtherIsToldWhoDecidedFirst() throws Exception {
        for (int round = 0; round < 3; round++) {
            String pi = atExecutive.start("race approval");
            String taskId = atExecutive.executiveTask(pi).getId();

            List<Object> results = race(
                    () -> measureTasks.decideAsExecutive(taskId, Decision.APPROVE, "อนุมัติ", users.user("mayor")),
                    () -> measureTasks.decideAsExecutive(taskId, Decision.APPROVE, "อนุมัติ", users.user("clerk")));

            assertThat(results).filteredOn("ok"::equals).hasSize(1);
            assertThat(results).filteredOn(UserInputException.class::isInstance).hasSize(1)
                    .allSatisfy(refusal -> assertThat(((UserInputException) refusal).messageKey())
                            .isIn("task.error.decidedBy", "task.error.claimedByOther"));
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi)
                    .taskDefinitionKey(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL).finished().count()).isEqualTo(1);
            assertThat(jdbc.sql("select outcome from measure_part_outcome where process_instance_id = ?").param(pi)
                    .query(String.class).list()).containsOnly("DONE");
        }
    }

    @Test
    void twoOfficersClaimAtOnce_oneHasIt() throws Exception {
        for (int round = 0; round < 3; round++) {
            String pi = measureService.start("race claim " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
            String taskId = steps.task(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK, "div-finance").getId();

            List<Object> results = race(
                    () -> inbox.claim(taskId, users.user("finance.officer")),
                    () -> inbox.claim(taskId, users.user("finance.head")));

            assertThat(results).filteredOn("ok"::equals).hasSize(1);
            assertThat(results).filteredOn(UserInputException.class::isInstance).hasSize(1);
            String assignee = taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
            assertThat(assignee).isIn("finance.officer", "finance.head");
        }
    }

    /** Runs both actions at the same instant; each result is "ok" or what it threw. */
    private static List<Object> race(Runnable first, Runnable second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Runnable action : List.of(first, second)) {
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        action.run();
                        return "ok";
                    } catch (RuntimeException failure) {
                        return failure;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return Collections.unmodifiableList(results);
        } finally {
            threads.shutdownNow();
        }
    }
}
