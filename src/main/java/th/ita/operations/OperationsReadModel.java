package th.ita.operations;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * The read model behind the operator's metrics: counts over all organisations (a platform-wide view, which no
 * organisation's screen shows), each one statement. Engine figures come through the engine's public query API,
 * which with no signed-in user counts across tenants.
 */
@Component
class OperationsReadModel {

    /** One reading of every figure, taken together so that a scrape sees one moment. */
    record Snapshot(long openTasks, long overdueTasks, long executableJobs, long failedJobs, long openIncidents,
                    Map<String, Long> linkChecks, Map<String, Long> lineOutbox) {
    }

    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final Clock clock;

    OperationsReadModel(TaskService tasks, ManagementService management, RuntimeService runtime, JdbcClient jdbc,
                      Clock clock) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Snapshot read() {
        Date now = Date.from(clock.instant());
        return new Snapshot(
                tasks.createTaskQuery().count(),
                tasks.createTaskQuery().dueBefore(now).count(),
                management.createJobQuery().executable().count(),
                management.createJobQuery().noRetriesLeft().count(),
                runtime.createIncidentQuery().count(),
                countBy("select coalesce(last_status, 'NOT_YET') as k, count(*) as n from web_check group by last_status"),
                countBy("select status as k, count(*) as n from line_outbox where status <> 'SENT' group by status"));
    }

    private Map<String, Long> countBy(String sql) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).query((rs, row) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
        return counts;
    }
}
