package th.ita.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks on PostgreSQL, created once the engine has created or checked its tables
 * (Flyway cannot: on an empty database it runs before the engine's tables exist).
 * <p>
 * {@code ACT_RU_TASK.PARENT_TASK_ID_}: the engine looks for a task's subtasks every time a task completes or is
 * deleted ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}). H2 indexes that foreign-key column by
 * itself; PostgreSQL does not, so each completion scanned every open task: 39 ms a completion at 100,000 open tasks,
 * most of a measure's lifecycle (BENCHMARKS.md, "Scale", lifecycle). {@code if not exists}: a second start, or a
 * second node starting at the same time, leaves the first one's index.
 */
@Component
class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

    static final String SUBTASKS_INDEX = "ITA_IDX_TASK_PARENT";
    private static final Logger log = LoggerFactory.getLogger(EngineIndexesPlugin.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        JdbcTemplate jdbc = new JdbcTemplate(processEngine.getProcessEngineConfiguration().getDataSource());
        try {
            jdbc.execute("create index if not exists " + SUBTASKS_INDEX + " on ACT_RU_TASK (PARENT_TASK_ID_)");
        } catch (DataAccessException raceWithAnotherNode) {
            // Two nodes creating it in the same instant: one wins, the other's statement fails; the index is there.
            log.info("Index {} not created here ({}); another node made it", SUBTASKS_INDEX,
                    raceWithAnotherNode.getMostSpecificCause().getMessage());
        }
    }
}
