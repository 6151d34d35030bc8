package th.ita.demo;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.evidence.EvidenceFile;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureTaskService;
import th.ita.plan.MeasureStartJobs;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.security.UserProfiles;
import th.ita.workflow.Groups;
import th.ita.shared.FiscalYear;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo's years, side by side: the seed report's own FY 2566 plan recorded as history (built on the seed's FY 2565
 * results, every measure done, as the report ticks it), and the same plan replayed in the current fiscal year with its
 * dates moved by whole years, approved by the mayor, with its measures at different steps so that every demo account
 * finds work on first login and nothing is overdue by years. Done through the same services as the screens, so the
 * year reads like a real one. Only with demo data on, and each plan only once.
 */
@Component
// Process tests that measure flow-node coverage switch the demo plan off: its instances would run before the
// coverage tracking of the test has started.
@ConditionalOnProperty(name = "ita.demo.plan", havingValue = "true", matchIfMissing = true)
class DemoPlanLoader {

    static final String PLAN_RESOURCE = "ita/demo/ban-tan-plan-2566.yaml";
    private static final List<String> ALL_DIVISIONS = List.of("office", "finance", "works", "education");
    private static final String EVIDENCE_RESOURCE = "ita/demo/sample-evidence.pdf";
    /**
     * The citizen-manual measure (indicators 9 and 10) is the plan's OIT measure: each division also links the pages
     * it published on the website, named after the OIT item they answer, so the OIT board starts with those items
     * filled in (th.ita.oit). The addresses are illustrations: the seed report names no pages.
     */
    private static final java.util.Map<String, List<String>> OIT_LINKS = java.util.Map.of(
            "office", List.of("https://www.bantan.go.th/oit/o14", "https://www.bantan.go.th/oit/o15"),
            "finance", List.of("https://www.bantan.go.th/oit/o20"),
            "works", List.of("https://www.bantan.go.th/oit/o16"),
            "education", List.of("https://www.bantan.go.th/oit/o7"));
    private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

    private final DemoProperties properties;
    private final PlanImporter importer;
    private final PlanService planService;
    private final MeasureTaskService measureTasks;
    private final TaskService taskService;
    private final Clock clock;
    private final UserProfiles profiles;
    private final DemoOrganisation demoOrganisation;
    private final MeasureStartJobs startJobs;
    private final th.ita.assessment.AssessmentService assessments;
    private final th.ita.oit.OitService oit;
    private final TransactionTemplate inNewTransaction;

    DemoPlanLoader(DemoProperties properties, PlanImporter importer,
                   PlanService planService, MeasureTaskService measureTasks,
                   TaskService taskService, Clock clock, UserProfiles profiles,
                   DemoOrganisation demoOrganisation, MeasureStartJobs startJobs,
                   th.ita.assessment.AssessmentService assessments, th.ita.oit.OitService oit,
                   PlatformTransactionManager transactions) {
        this.assessments = assessments;
        this.oit = oit;
        this.properties = properties;
        this.importer = importer;
        this.planService = planService;
        this.measureTasks = measureTasks;
        this.taskService = taskService;
        this.clock = clock;
        this.profiles = profiles;
        this.demoOrganisation = demoOrganisation;
        this.startJobs = startJobs;
        this.inNewTransaction = new TransactionTemplate(transactions);
        inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * After the demo accounts (10) and the demo assessment (20). The plan's approval commits first; its measures
     * then start through the same jobs as any approved plan's, run here one by one (this node's job executor starts
     * only once the application is ready, after this), and each measure is brought to its demo step in a
     * transaction of its own.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void loadDemoPlan() {
        if (!properties.enabled()) {
            return;
        }
        long organisationId = demoOrganisation.id();
        FiscalYear seedYear = FiscalYear.of(seedYear());
        FiscalYear current = FiscalYear.of(LocalDate.now(clock));
        if (planService.yearEnded(seedYear) && planService.planOf(organisationId, seedYear).isEmpty()) {
            inNewTransaction.executeWithoutResult(status -> {
                importer.importPlan(read(PLAN_RESOURCE), organisationId, PlanImporter.Options.HISTORY, user("coordinator"));
                answerOit(organisationId, seedYear);
            });
            log.info("Demo plan FY {} recorded as history", seedYear);
        }
        if (planService.planOf(organisationId, current).isPresent()) {
            return;
        }
        long planId = inNewTransaction.execute(status -> approveDemoPlan(current));
        startJobs.runNow(planId);
        List<PlanMeasure> measures = planService.find(planId).orElseThrow().measures();
        for (int step = 0; step < measures.size(); step++) {
            String pi = measures.get(step).processInstanceId();
            if (pi != null) {
                int demoStep = step;
                inNewTransaction.executeWithoutResult(status -> advance(demoStep, pi));
            }
        }
        log.info("Demo plan replayed in FY {} and approved: {} measures running", current, measures.size());
    }

    /**
     * The seed year's OIT board as the divisions answered it with the pages their evidence links named: part of that
     * year's record, beside the plan recorded as history (which ran no process, so left no evidence to take them from).
     */
    private void answerOit(long organisationId, FiscalYear year) {
        oit.board(organisationId, year, user("coordinator"));
        OIT_LINKS.forEach((division, urls) -> urls.forEach(url -> {
            String code = url.substring(url.lastIndexOf('/') + 1);
            oit.assign(organisationId, year, code, division, user("coordinator"));
            oit.answer(organisationId, year, code, List.of(url), null, user(division + ".officer"));
        }));
    }

    /**
     * The seed plan as this fiscal year's: its due dates move by as many whole years as the year does. Until the demo
     * has results of the year before, it stands on the seed's own results, the ones the seed plan was made from.
     */
    private long approveDemoPlan(FiscalYear year) {
        long planId = importer.importPlan(read(PLAN_RESOURCE), demoOrganisation.id(),
                new PlanImporter.Options(false, year), user("coordinator"));
        if (planService.find(planId).orElseThrow().assessmentId() == null) {
            assessments.find(demoOrganisation.id(), FiscalYear.of(seedYear()).previous())
                    .ifPresent(results -> planService.linkAssessment(planId, results.id()));
        }
        planService.submitForApproval(planId, "เสนอแผนตามผลการประเมินปีที่ผ่านมา", user("coordinator"));
        planService.approve(planId, user("mayor"));
        return planId;
    }

    /** The fiscal year the seed plan file names (the seed report's). */
    private static int seedYear() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readTree(read(PLAN_RESOURCE)).path("fiscalYear").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(PLAN_RESOURCE, e);
        }
    }

    /**
     * Every account finds work: measure 1 is with the officers (education's part with its head); measure 2 has
     * every part accepted and waits for the coordinator's check; measure 3 has been checked and waits for the
     * mayor; measure 4 is with three heads, and education's part was returned to its officer with a reason.
     */
    private void advance(int step, String pi) {
        switch (step) {
            case 0 -> submit(pi, "education");
            case 1, 2 -> {
                for (String division : ALL_DIVISIONS) {
                    submit(pi, division, step == 1 ? OIT_LINKS.get(division) : List.of());
                    review(pi, division, Decision.ACCEPT, null);
                }
                if (step == 2) {
                    Task check = task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, Groups.COORDINATOR);
                    measureTasks.checkAsCoordinator(check.getId(), Decision.COMPLETE, null, "หลักฐานครบทุกกอง",
                            user("coordinator"));
                }
            }
            case 3 -> {
                for (String division : ALL_DIVISIONS) {
                    submit(pi, division);
                }
                review(pi, "education", Decision.RETURN, "กรุณาแนบภาพถ่ายการติดประกาศที่บอร์ดประชาสัมพันธ์เพิ่มเติม");
            }
            default -> {
                // The demo plan has four measures; any other stays with its officers.
            }
        }
    }

    private void submit(String processInstanceId, String division) {
        submit(processInstanceId, division, List.of());
    }

    private void submit(String processInstanceId, String division, List<String> links) {
        Task task = task(processInstanceId, ImprovementMeasureProcess.TASK_DIVISION_WORK, Groups.divisionGroup(division));
        measureTasks.submitWork(task.getId(), "ดำเนินการตามมาตรการแล้ว รายละเอียดตามเอกสารแนบ",
                List.of(new EvidenceFile("หลักฐาน-" + division + ".pdf", read(EVIDENCE_RESOURCE))), links,
                user(division + ".officer"));
    }

    private void review(String processInstanceId, String division, Decision decision, String reason) {
        Task task = task(processInstanceId, ImprovementMeasureProcess.TASK_HEAD_REVIEW, Groups.headGroup(division));
        measureTasks.reviewAsHead(task.getId(), decision, reason,
                user(division + ".head"));
    }

    private Task task(String processInstanceId, String taskKey, String candidateGroup) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .taskCandidateGroup(candidateGroup).singleResult();
    }

    /** The demo account as it would be signed in: its groups and its organisation (Ban Tan). */
    private CurrentUser user(String id) {
        return profiles.of(id);
    }

    private static byte[] read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
