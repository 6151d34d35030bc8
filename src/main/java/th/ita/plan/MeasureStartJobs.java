package th.ita.plan;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The jobs that start an approved plan's measures (asyncBefore on CallActivity_Measures' instances). The job
 * executor runs them; {@link #runNow} runs them in the caller's thread, one transaction per measure as the job
 * executor would, for an engine without a running job executor (tests, and the demo on such an engine).
 */
@Component
public class MeasureStartJobs {

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final boolean jobExecution;

    MeasureStartJobs(ManagementService managementService, RuntimeService runtimeService,
                     @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobExecution) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.jobExecution = jobExecution;
    }

    /**
     * Whether this node runs a job executor, which will start the measures by itself. (Asked at start-up it may not
     * be running yet: the Spring Boot starter starts it when the application is ready.)
     */
    public boolean jobExecutorEnabled() {
        return jobExecution;
    }

    /** The plan's measures still waiting to start. */
    public List<Job> pending(long planId) {
        ProcessInstance plan = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
                .processInstanceBusinessKey(PlanProcess.businessKey(planId)).singleResult();
        return plan == null ? List.of() : managementService.createJobQuery().processInstanceId(plan.getId())
                .activityId(PlanProcess.CALL_ACTIVITY_MEASURES).list();
    }

    /** Starts the plan's waiting measures here and now; returns how many. Not within a transaction of the caller's. */
    public int runNow(long planId) {
        List<Job> jobs = pending(planId);
        jobs.forEach(job -> managementService.executeJob(job.getId()));
        return jobs.size();
    }
}
