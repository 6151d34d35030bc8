package th.ita.operations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import th.ita.decision.ChainStatus;
import th.ita.decision.DecisionChain;
import th.ita.evidence.EvidenceFile;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureTaskService;
import th.ita.security.UserProfiles;
import th.ita.support.TestPdf;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade of docs/OPERATIONS.md ("Upgrade"), drilled: the database of the previous release (its demo year, with
 * measures in flight at every step: {@code src/test/resources/upgrade/}, refreshed at each release as that document
 * says) is restored with {@code psql} and this code is started on it. Flyway applies this release's migrations, the
 * data and every decision chain come through unchanged, and the processes in flight go on: the mayor approves the
 * measure that waited for them (a decision chained to the old ones), an officer reports a part with a file.
 */
class UpgradeDrillIT {

    /** A plain-SQL {@code pg_dump} of the previous release's database, gzipped (see upgrade/README.md). */
    static final String FIXTURE = "/upgrade/previous-release.sql.gz";
    /** The application's tables whose rows a migration has no business changing, and the engine's running state. */
    static final List<String> DATA_TABLES = List.of("organisation", "division", "improvement_plan", "plan_measure",
            "plan_measure_division", "measure_part_outcome", "evidence", "decision_record", "notification",
            "assessment", "assessment_score", "act_ru_execution", "act_ru_task", "act_ru_variable", "act_hi_procinst",
            "act_hi_taskinst", "act_id_user", "act_id_membership");

    static String url;

    @AfterAll
    static void dropDatabase() throws Exception {
        DrillDatabases.drop(url);
    }

    @Test
    void thePreviousReleasesDatabase_isMigrated_keepsItsDataAndChains_andItsProcessesGoOn() throws Exception {
        url = DrillDatabases.freshDatabase("upgrade");
        List<String> psql = new java.util.ArrayList<>(List.of(DrillDatabases.tool("psql", url), "-q", "-v", "ON_ERROR_STOP=1"));
        psql.addAll(DrillDatabases.connectionArguments(url));
        try (InputStream dump = new GZIPInputStream(UpgradeDrillIT.class.getResourceAsStream(FIXTURE))) {
            DrillDatabases.run(psql, dump);
        }
        Map<String, Long> before = DrillDatabases.rowCounts(url);
        List<String> chains = DrillDatabases.processesWithDecisions(url);
        assertThat(chains).as("the fixture has decisions in flight").isNotEmpty();
        String awaitingMayor = DrillDatabases.strings(url, "select proc_inst_id_ from act_ru_task where task_def_key_ = '"
                + ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL + "'").get(0);

        try (ConfigurableApplicationContext app = DrillApplication.start(url)) {
            MigrationInfo[] migrations = app.getBean(Flyway.class).info().all();
            assertThat(Arrays.stream(migrations).map(MigrationInfo::getState))
                    .as("every migration of this code applied").allMatch(state -> state == MigrationState.SUCCESS
                            || state == MigrationState.BASELINE);
            assertThat(Arrays.stream(migrations).filter(m -> m.getInstalledRank() > before.get("ita_schema_history")))
                    .as("this release's migrations, applied on the previous release's schema").isNotEmpty();

            for (String table : DATA_TABLES) {
                assertThat(DrillDatabases.count(url, "select count(*) from " + table)).as("rows of " + table)
                        .isEqualTo(before.get(table));
            }
            assertThat(DrillDatabases.evidenceWithWrongHash(url)).isEmpty();
            DecisionChain chain = app.getBean(DecisionChain.class);
            for (String process : chains) {
                ChainStatus status = chain.verify(process);
                assertThat(status.isIntact()).as("decision chain of " + process + ": " + status).isTrue();
            }

            // The processes in flight go on under the new code.
            UserProfiles people = app.getBean(UserProfiles.class);
            MeasureTaskService measures = app.getBean(MeasureTaskService.class);
            TaskService tasks = app.getBean(TaskService.class);
            int decided = chain.verify(awaitingMayor).records();
            Task approval = tasks.createTaskQuery().processInstanceId(awaitingMayor)
                    .taskDefinitionKey(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL).singleResult();
            measures.decideAsExecutive(approval.getId(), Decision.APPROVE, null, people.of("mayor"));
            assertThat(app.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
                    .processInstanceId(awaitingMayor).singleResult().getEndTime()).as("measure approved and ended").isNotNull();
            ChainStatus after = chain.verify(awaitingMayor);
            assertThat(after.isIntact()).isTrue();
            assertThat(after.records()).isEqualTo(decided + 1);

            Task work = tasks.createTaskQuery().taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK)
                    .taskCandidateGroup("div-finance").list().get(0);
            measures.submitWork(work.getId(), "ดำเนินการหลังปรับรุ่นระบบ",
                    List.of(new EvidenceFile("หลังปรับรุ่น.pdf", TestPdf.minimal("finance"))), people.of("finance.officer"));
            assertThat(tasks.createTaskQuery().processInstanceId(work.getProcessInstanceId())
                    .taskDefinitionKey(ImprovementMeasureProcess.TASK_HEAD_REVIEW).taskCandidateGroup("head-finance")
                    .count()).isEqualTo(1);
            assertThat(DrillDatabases.count(url, "select count(*) from evidence")).isEqualTo(before.get("evidence") + 1);
        }
    }
}
