package th.ita.operations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import th.ita.decision.ChainStatus;
import th.ita.decision.DecisionChain;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.plan.Plan;
import th.ita.report.ReportFormat;
import th.ita.report.YearEndReportService;
import th.ita.security.UserProfiles;
import th.ita.support.MeasureSteps;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore of docs/OPERATIONS.md ("Backup and restore"), run as the operator runs it: a database
 * filled through the services (two organisations, their plans, evidence files, decisions, year-end reports) is
 * dumped with {@code pg_dump -Fc} while the application is stopped, restored with {@code pg_restore} into an empty
 * database, and the application started on the copy: every table has the rows it had, every decision chain is
 * intact, every evidence file still has its SHA-256, the reports are the same bytes, and work goes on (a head
 * decides on an open review, a new organisation is onboarded with the restored sequences).
 */
class BackupRestoreDrillIT {

    private static final Logger log = LoggerFactory.getLogger(BackupRestoreDrillIT.class);

    static String source;
    static String restored;

    @AfterAll
    static void dropDatabases() throws Exception {
        DrillDatabases.drop(source);
        DrillDatabases.drop(restored);
    }

    @Test
    void aDumpRestoredIntoAnEmptyDatabase_isTheSameData_andTheApplicationWorksOnIt() throws Exception {
        source = DrillDatabases.freshDatabase("backup_source");
        restored = DrillDatabases.freshDatabase("backup_restored");
        String pgDump = DrillDatabases.tool("pg_dump", source);
        String pgRestore = DrillDatabases.tool("pg_restore", restored);

        // --- a year's work of two organisations, through the services ---
        List<Long> plans = new ArrayList<>();
        TestOrganisation inFlight;
        String openProcess;
        try (ConfigurableApplicationContext app = DrillApplication.start(source)) {
            TestOrganisations organisations = app.getBean(TestOrganisations.class);
            OrganisationWork work = app.getBean(OrganisationWork.class);
            MeasureSteps steps = app.getBean(MeasureSteps.class);
            YearEndReportService reports = app.getBean(YearEndReportService.class);

            TestOrganisation done = organisations.onboard();
            Plan approved = work.approvedPlan(done, "finance", "works");
            work.toExecutive(done, OrganisationWork.measureProcess(approved), "finance", "works");
            steps.of(done).approve(OrganisationWork.measureProcess(approved));
            reports.generate(approved.id(), done.user("coordinator"));
            reports.generate(approved.id(), done.user("coordinator"));
            plans.add(approved.id());

            inFlight = organisations.onboard();
            Plan running = work.approvedPlan(inFlight, "finance", "works");
            openProcess = OrganisationWork.measureProcess(running);
            steps.of(inFlight).accept(openProcess, "finance");
            steps.of(inFlight).submit(openProcess, "works");
            reports.generate(running.id(), inFlight.user("coordinator"));
            plans.add(running.id());
        }
        Map<String, Long> counts = DrillDatabases.rowCounts(source);
        Map<String, byte[]> reportFiles = DrillDatabases.reportFiles(source);
        List<String> chains = DrillDatabases.processesWithDecisions(source);
        assertThat(counts.get("decision_record")).as("decisions of both organisations").isGreaterThanOrEqualTo(7);
        assertThat(counts.get("evidence")).isGreaterThanOrEqualTo(4);
        assertThat(reportFiles).hasSize(6);

        // --- the operator's backup and restore (docs/OPERATIONS.md) ---
        Path dump = Files.createTempFile("ita-drill-", ".dump");
        long started = System.nanoTime();
        List<String> dumpCommand = new ArrayList<>(List.of(pgDump, "-Fc", "-f", dump.toString()));
        dumpCommand.addAll(DrillDatabases.connectionArguments(source));
        DrillDatabases.run(dumpCommand, null);
        long dumped = System.nanoTime();
        List<String> restoreCommand = new ArrayList<>(List.of(pgRestore, "--no-owner", "--exit-on-error"));
        restoreCommand.addAll(DrillDatabases.connectionArguments(restored));
        restoreCommand.add(dump.toString());
        DrillDatabases.run(restoreCommand, null);
        long restoredAt = System.nanoTime();
        log.info("Backup drill: pg_dump {} ms ({} KB), pg_restore {} ms", (dumped - started) / 1_000_000,
                Files.size(dump) / 1024, (restoredAt - dumped) / 1_000_000);
        Files.delete(dump);

        // --- the same data ---
        assertThat(DrillDatabases.rowCounts(restored)).as("rows of every table").isEqualTo(counts);
        assertThat(DrillDatabases.evidenceWithWrongHash(restored)).as("evidence whose SHA-256 no longer matches").isEmpty();
        Map<String, byte[]> restoredReports = DrillDatabases.reportFiles(restored);
        assertThat(restoredReports.keySet()).isEqualTo(reportFiles.keySet());
        reportFiles.forEach((key, bytes) -> assertThat(restoredReports.get(key)).as("report " + key).isEqualTo(bytes));

        // --- the application on the copy ---
        long starting = System.nanoTime();
        try (ConfigurableApplicationContext app = DrillApplication.start(restored)) {
            log.info("Backup drill: the application started on the restored database in {} ms",
                    (System.nanoTime() - starting) / 1_000_000);
            DecisionChain chain = app.getBean(DecisionChain.class);
            for (String process : chains) {
                ChainStatus status = chain.verify(process);
                assertThat(status.isIntact()).as("decision chain of " + process + ": " + status).isTrue();
                assertThat(status.records()).isEqualTo(DrillDatabases.count(source,
                        "select count(*) from decision_record where process_instance_id = '" + process + "'"));
            }
            YearEndReportService reports = app.getBean(YearEndReportService.class);
            TestOrganisation organisation = new TestOrganisation(inFlight.id(), inFlight.nameTh(), inFlight.prefix(),
                    app.getBean(UserProfiles.class));
            assertThat(reports.stored(plans.get(1), 1, ReportFormat.PDF, organisation.user("coordinator")))
                    .hasValue(reportFiles.get(plans.get(1) + "/1/pdf"));

            // Work goes on: the open review is decided, its decision chained to the restored ones.
            int before = chain.verify(openProcess).records();
            app.getBean(MeasureSteps.class).of(organisation).review(openProcess, "works", Decision.ACCEPT, null);
            ChainStatus after = chain.verify(openProcess);
            assertThat(after.isIntact()).isTrue();
            assertThat(after.records()).isEqualTo(before + 1);
            assertThat(app.getBean(MeasureSteps.class).task(openProcess,
                    ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, null)).isNotNull();
            // The restored sequences go on from where they were: a new organisation and a new report version.
            TestOrganisation third = app.getBean(TestOrganisations.class).onboard();
            assertThat(third.id()).isGreaterThan(inFlight.id());
            assertThat(reports.generate(plans.get(1), organisation.user("coordinator")).version()).isEqualTo(2);
        }
    }
}
