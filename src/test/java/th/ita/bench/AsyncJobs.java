package th.ita.bench;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import th.ita.workflow.Tenants;

import java.util.List;

/**
 * Runs an organisation's due asynchronous continuations (message jobs) in the calling thread, as the job executor
 * would: the benchmark disables the job executor so that no timer fires while it measures, and a plan approval
 * that starts its measures asynchronously must still have started them before the benchmark reads the inboxes.
 * Timers are left alone.
 */
public final class AsyncJobs {

    private final ManagementService management;

    public AsyncJobs(ManagementService management) {
        this.management = management;
    }

    /** Until none is left; returns how many ran. */
    int drain(long organisationId) {
        int ran = 0;
        for (int round = 0; round < 10_000; round++) {
            List<Job> jobs = management.createJobQuery().messages().executable()
                    .tenantIdIn(Tenants.of(organisationId)).listPage(0, 100);
            if (jobs.isEmpty()) {
                return ran;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("organisation " + organisationId + " keeps creating jobs");
    }
}
