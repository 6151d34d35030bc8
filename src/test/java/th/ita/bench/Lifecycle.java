package th.ita.bench;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.evidence.EvidenceService;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureVariables;
import th.ita.workflow.OrganisationVariable;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A measure's whole life, start to the executive's approval, four divisions each (11 user actions: start, 4 × work
 * and review, the coordinator's check, the approval), by {@value #CLIENTS} client threads at once, two ways on the
 * same BPMN and database:
 * <ul>
 *   <li><b>app</b>: {@link MeasureService#start} and the task services the screens call (access checks, input
 *       checks, evidence stored, engine calls as the user);</li>
 *   <li><b>raw</b>: the Camunda API alone, the same variables a user's form gives: start by key, then per task, in one transaction
 *       as the services have it, claim, comment, task-local report, complete; the division's evidence file stored with {@link EvidenceService} first,
 *       since the BPMN's guard refuses work without evidence. The BPMN's own listeners and delegates (form rules,
 *       step guards, decision records, outcomes) run in both;</li>
 *   <li><b>engine floor</b>: {@link EngineFloor}'s bare engine on an empty model of the same shape, for the ceiling.</li>
 * </ul>
 */
final class Lifecycle {

    static final int CLIENTS = 4;

    record Result(String path, int measures, double seconds, List<Double> measureMillis, int retries) {
        double perSecond() {
            return measures / seconds;
        }
    }

    private final MeasureService measures;
    private final MeasureWalk walk;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final IdentityService identity;
    private final HistoryService history;
    private final EvidenceService evidence;
    private final TransactionTemplate transaction;
    private final LocalDate due = FiscalYear.of(LocalDate.now()).end();

    Lifecycle(MeasureService measures, MeasureWalk walk, RuntimeService runtime, TaskService taskService,
              IdentityService identity, HistoryService history, EvidenceService evidence,
              TransactionTemplate transaction) {
        this.evidence = evidence;
        this.transaction = transaction;
        this.measures = measures;
        this.walk = walk;
        this.runtime = runtime;
        this.taskService = taskService;
        this.identity = identity;
        this.history = history;
    }

    Result app(TestOrganisation org, int count) throws Exception {
        return run("app", count, (i, retries) -> {
            String pi = measures.start("มาตรการวัดปริมาณงานที่ " + i, TestOrganisations.DIVISIONS, org.user("coordinator"));
            for (String division : TestOrganisations.DIVISIONS) {
                retrying(retries, () -> walk.submit(org, pi, division));
                retrying(retries, () -> walk.review(org, pi, division, true));
            }
            retrying(retries, () -> walk.check(org, pi));
            retrying(retries, () -> walk.approve(org, pi));
            return pi;
        });
    }

    Result raw(TestOrganisation org, int count) throws Exception {
        return run("raw", count, (i, retries) -> {
            VariableMap variables = MeasureVariables.start("มาตรการวัดปริมาณงานที่ " + i, TestOrganisations.DIVISIONS,
                    org.userId("coordinator"));
            variables.putAll(OrganisationVariable.of(org.id()));
            variables.putAll(MeasureVariables.due(due));
            String pi = runtime.startProcessInstanceByKey(ImprovementMeasureProcess.KEY, variables).getId();
            for (String division : TestOrganisations.DIVISIONS) {
                Task work = walk.task(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK, "div-" + division);
                String report = "ดำเนินการแล้ว เผยแพร่บนเว็บไซต์";
                inTransaction(retries, () -> {
                    // The BPMN's guard refuses the work without evidence: the same file as the app path stores.
                    evidence.store(pi, work.getId(), division, List.of(MeasureWalk.evidence(division)),
                            org.userId(division + ".officer"));
                    taskService.setVariablesLocal(work.getId(), MeasureVariables.workDone(report));
                    complete(work, org.userId(division + ".officer"), report, Collections.emptyMap());
                });
                Task review = walk.task(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "head-" + division);
                inTransaction(retries, () -> complete(review, org.userId(division + ".head"), null,
                        MeasureVariables.headReviewed(Decision.ACCEPT, null)));
            }
            Task check = walk.task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, null);
            inTransaction(retries, () -> complete(check, org.userId("coordinator"), null,
                    MeasureVariables.coordinatorChecked(Decision.COMPLETE, null, null)));
            Task approval = walk.task(pi, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, null);
            inTransaction(retries, () -> complete(approval, org.userId("mayor"), null,
                    MeasureVariables.executiveDecided(Decision.APPROVE, List.of(), null)));
            return pi;
        });
    }

    /** The bare engine's empty model of a measure's shape, by the same client threads (see {@link EngineFloor}). */
    Result floor(EngineFloor floor, int count) throws Exception {
        return run("engine floor", count, (i, retries) -> floor.oneMeasure());
    }

    /** What {@code TaskCompletion} does with the engine, without the application around it. */
    private void complete(Task task, String userId, String comment, java.util.Map<String, Object> variables) {
        taskService.claim(task.getId(), userId);
        if (comment != null) {
            taskService.createComment(task.getId(), task.getProcessInstanceId(), comment);
        }
        taskService.complete(task.getId(), variables);
    }

    /** One user action, one transaction, as the application's services have it. */
    private void inTransaction(AtomicInteger retries, Runnable action) {
        retrying(retries, () -> transaction.executeWithoutResult(status -> action.run()));
    }

    private interface OneMeasure {
        String run(int index, AtomicInteger retries) throws Exception;
    }

    private Result run(String path, int count, OneMeasure one) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        Progress progress = new Progress("lifecycle " + path, count, done -> "measures");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                futures.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        String pi = one.run(i, retries);
                        millis.add((System.nanoTime() - t0) / 1e6);
                        if (history.createHistoricProcessInstanceQuery().processInstanceId(pi).finished().count() != 1) {
                            throw new IllegalStateException("measure " + pi + " did not end");
                        }
                        progress.step();
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            clients.shutdownNow();
            identity.clearAuthentication();
        }
        return new Result(path, count, (System.nanoTime() - start) / 1e9, List.copyOf(millis), retries.get());
    }

    /**
     * Two steps of one measure never race here (each client drives its own measures), but the engine's optimistic
     * locking may still refuse a completion that shares a row with another client's: like a user, try again.
     */
    private static void retrying(AtomicInteger retries, Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (UserInputException | org.camunda.bpm.engine.OptimisticLockingException e) {
                if (attempt == 5) {
                    throw e;
                }
                retries.incrementAndGet();
            }
        }
    }
}
