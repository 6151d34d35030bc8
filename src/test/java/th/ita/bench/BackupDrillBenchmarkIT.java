package th.ita.bench;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.ita.operations.DrillDatabases;
import th.ita.plan.PlanService;
import th.ita.support.TestOrganisations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore drill (docs/OPERATIONS.md) at the scale benchmark's load (BENCHMARKS.md, "Backup and
 * restore"): the same background organisations and copies as {@link ScaleBenchmarkIT}, then {@code pg_dump -Fc} of the
 * database while the application runs on it, and {@code pg_restore -j 2} into an empty database, each timed, with the
 * sizes. Asserts no time; only that the copy has every row. Runs only in {@code -Pbench} on PostgreSQL:
 * <pre>ITA_BENCH_POSTGRES_URL=... ./mvnw -Pbench verify -Dit.test=BackupDrillBenchmarkIT</pre>
 * Writes {@code target/benchmarks/backup.md}.
 */
@EnabledIfSystemProperty(named = "bench.postgres", matches = "true",
        disabledReason = "a benchmark on PostgreSQL: ./mvnw -Pbench verify -Dit.test=BackupDrillBenchmarkIT")
@SpringBootTest(properties = {
        "ita.demo.enabled=false",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.admin-user.password=Zq7-Kestrel-Harbor-9"})
@ActiveProfiles("postgres")
class BackupDrillBenchmarkIT {

    private static final BenchSettings SETTINGS = BenchSettings.fromSystemProperties();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> BenchSettings.postgresUrl().orElseThrow());
    }

    @Autowired TestOrganisations organisations;
    @Autowired PlanService plans;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;

    @Test
    void backupAndRestoreAtScale() throws Exception {
        System.out.println("[bench] " + SETTINGS.describe());
        BulkLoad load = new BulkLoad(organisations, plans, new AsyncJobs(managementService), jdbc);
        load.ensure(SETTINGS.organisations(), SETTINGS.measures(), SETTINGS.threads());
        new EngineRowCopies(jdbc).topUp(load.tenants(SETTINGS.measures()), SETTINGS.openTasks());
        jdbc.sql("analyze").update();

        String source = BenchSettings.postgresUrl().orElseThrow();
        long openTasks = jdbc.sql("select count(*) from act_ru_task").query(Long.class).single();
        long databaseBytes = jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
        Map<String, Long> counts = DrillDatabases.rowCounts(source);

        Path dump = Path.of("target", "benchmarks", "backup.dump").toAbsolutePath();
        Files.createDirectories(dump.getParent());
        Files.deleteIfExists(dump);
        long started = System.nanoTime();
        List<String> dumpCommand = new ArrayList<>(List.of(DrillDatabases.tool("pg_dump"), "-Fc", "-f", dump.toString()));
        dumpCommand.addAll(DrillDatabases.connectionArguments(source));
        DrillDatabases.run(dumpCommand, null);
        double dumpSeconds = (System.nanoTime() - started) / 1e9;

        String restored = DrillDatabases.freshDatabaseBeside(source, "restored");
        try {
            started = System.nanoTime();
            List<String> restoreCommand = new ArrayList<>(List.of(DrillDatabases.tool("pg_restore"), "--no-owner",
                    "--exit-on-error", "-j", "2"));
            restoreCommand.addAll(DrillDatabases.connectionArguments(restored));
            restoreCommand.add(dump.toString());
            DrillDatabases.run(restoreCommand, null);
            double restoreSeconds = (System.nanoTime() - started) / 1e9;
            long restoredBytes = DrillDatabases.count(restored, "select pg_database_size(current_database())");
            assertThat(DrillDatabases.rowCounts(restored)).isEqualTo(counts);

            String table = """
                    | open tasks | database | dump (-Fc) | pg_dump | pg_restore -j 2 | restored database |
                    |---|---|---|---|---|---|
                    | %,d | %,.0f MB | %,.0f MB | %.1f s | %.1f s | %,.0f MB |
                    """.formatted(openTasks, databaseBytes / 1e6, Files.size(dump) / 1e6, dumpSeconds, restoreSeconds,
                    restoredBytes / 1e6);
            System.out.println("[bench] backup and restore\n" + table);
            Files.writeString(dump.resolveSibling("backup.md"), table);
        } finally {
            DrillDatabases.drop(restored);
            Files.deleteIfExists(dump);
        }
    }
}
