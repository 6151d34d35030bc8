package th.ita.bench;

import java.util.Optional;

/**
 * The size and repetitions of one benchmark run, from system properties ({@code -Dbench.organisations=500}). The
 * defaults are the smoke run's, small enough for {@code ./mvnw verify}; the {@code bench} Maven profile passes the
 * reference size (see BENCHMARKS.md).
 *
 * @param postgres       run on PostgreSQL ({@code ITA_BENCH_POSTGRES_URL}, else {@code ITA_TEST_POSTGRES_URL}),
 *                       otherwise on an in-memory H2 database
 * @param organisations  background organisations to have in the database (generated only if missing: a database
 *                       that already holds them from an earlier run is reused)
 * @param openTasks      open tasks to have in the database at least: when the background organisations hold fewer,
 *                       their open work is copied under tenants of its own until there are ({@link EngineRowCopies});
 *                       0: no copies
 * @param measures       measures of each background organisation's plan, four divisions each (four open tasks)
 * @param threads        generation threads
 * @param runs           timed runs of each screen measurement (after as many warm-up runs, at most 10)
 * @param lifecycleMeasures measures taken through their whole lifecycle, per path (application, raw engine)
 * @param lifecycleRounds   rounds of the lifecycle comparison (app then raw each round)
 * @param reportMeasures measures of the year-end report's plan
 * @param reportRuns     timed report generations
 * @param coldStartRuns  cold starts of each application (0: skipped)
 */
record BenchSettings(boolean postgres, int organisations, int openTasks, int measures, int threads, int runs, int lifecycleMeasures,
                     int lifecycleRounds, int reportMeasures, int reportRuns, int coldStartRuns) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Boolean.getBoolean("bench.postgres"),
                integer("bench.organisations", 2),
                integer("bench.open.tasks", 0),
                integer("bench.measures", 3),
                integer("bench.threads", 4),
                integer("bench.runs", 1),
                integer("bench.lifecycle.measures", 4),
                integer("bench.lifecycle.rounds", 1),
                integer("bench.report.measures", 6),
                integer("bench.report.runs", 2),
                integer("bench.coldstart.runs", 0));
    }

    /** The PostgreSQL database the benchmark runs on, when it runs on PostgreSQL. */
    static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getenv("ITA_BENCH_POSTGRES_URL")).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getenv("ITA_TEST_POSTGRES_URL")).filter(s -> !s.isBlank()));
    }

    String describe() {
        return ("database %s; %d background organisations × %d measures × 4 divisions, topped up by copies to %,d open "
                + "tasks; %d generation threads; "
                + "%d timed runs per screen; lifecycle %d measures per path × %d rounds, 4 client threads; "
                + "report of %d measures × %d runs; %d cold starts each")
                .formatted(postgres ? "PostgreSQL" : "H2 (in memory)", organisations, measures, openTasks, threads, runs,
                        lifecycleMeasures, lifecycleRounds, reportMeasures, reportRuns, coldStartRuns);
    }

    private static int integer(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }
}
