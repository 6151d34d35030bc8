package th.ita.bench;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import th.ita.assessment.IndicatorCode;
import th.ita.inbox.InboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.notification.NotificationService;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanService;
import th.ita.report.YearEndReportService;
import th.ita.security.UserProfiles;
import th.ita.support.CountingDataSourceConfig;
import th.ita.support.StatementCounter;
import th.ita.support.TestOrganisations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale benchmark of issue 12 (BENCHMARKS.md, "Scale"): background organisations at a configurable size, then
 * (a) SQL statements per screen navigation with one and with a full page of rows, (b) the inbox's first page at that
 * load, (c) a measure's lifecycle through the application against the raw engine, (d) the year-end report of a large
 * plan, (e) cold start against the bare stack. Writes {@code target/benchmarks/scale.md}.
 * <p>
 * Asserts no figure: in {@code ./mvnw verify} it runs at its smoke size (BenchSettings' defaults, in-memory H2) only
 * so that the harness keeps working; {@code ./mvnw -Pbench verify} runs it at the reference size on PostgreSQL.
 */
@SpringBootTest(properties = {
        "ita.demo.enabled=false",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.admin-user.password=Zq7-Kestrel-Harbor-9",
        "spring.datasource.hikari.maximum-pool-size=20",
        // As in production: development mode records a stack trace for every component attached.
        "vaadin.productionMode=true"})
@ActiveProfiles(resolver = ScaleBenchmarkIT.Profile.class)
@Import(CountingDataSourceConfig.class)
class ScaleBenchmarkIT {

    private static final BenchSettings SETTINGS = BenchSettings.fromSystemProperties();

    /** PostgreSQL's profile when the benchmark runs on it, the tests' (in-memory H2) otherwise. */
    static class Profile implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return new String[]{SETTINGS.postgres() ? "postgres" : "test"};
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (SETTINGS.postgres()) {
            String url = BenchSettings.postgresUrl().orElseThrow(() -> new IllegalStateException(
                    "bench.postgres=true needs ITA_BENCH_POSTGRES_URL (or ITA_TEST_POSTGRES_URL)"));
            registry.add("spring.datasource.url", () -> url);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        }
    }

    @Autowired ApplicationContext context;
    @Autowired StatementCounter counter;
    @Autowired TestOrganisations organisations;
    @Autowired PlanService plans;
    @Autowired PlanImporter importer;
    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService measureTasks;
    @Autowired NotificationService notifications;
    @Autowired YearEndReportService reports;
    @Autowired UserProfiles profiles;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;
    @Autowired InboxService inboxService;
    @Autowired th.ita.evidence.EvidenceService evidenceService;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactionTemplate;

    private final List<String> out = new ArrayList<>();
    private Progress screensProgress;
    private int printed;
    private static final Path FILE = Path.of("target", "benchmarks", "scale.md");

    @Test
    void measureAtScale() throws Exception {
        System.out.println("[bench] " + SETTINGS.describe());
        AsyncJobs jobs = new AsyncJobs(managementService);
        BulkLoad load = new BulkLoad(organisations, plans, jobs, jdbc);
        MeasureWalk walk = new MeasureWalk(measureTasks, taskService);
        Fixtures fixtures = new Fixtures(organisations, load, plans, walk, notifications);
        Screens screens = new Screens(context, counter, profiles);

        BulkLoad.Result generated = load.ensure(SETTINGS.organisations(), SETTINGS.measures(), SETTINGS.threads());
        EngineRowCopies.Result copied = new EngineRowCopies(jdbc).topUp(load.tenants(SETTINGS.measures()),
                SETTINGS.openTasks());
        if (SETTINGS.postgres()) {
            // Statistics as autovacuum would have them on a database in use: right after a bulk load, the planner
            // still thinks the engine's tables small (variables of 50 tasks took 1.1 s instead of 1 ms).
            jdbc.sql("analyze").update();
        }
        int page = Integer.getInteger("bench.page.rows", 3);
        Progress setup = new Progress("fixtures", 5, done -> "screen fixtures");
        Fixtures.Screens openOne = fixtures.openWork(1);
        setup.step();
        Fixtures.Screens openPage = fixtures.openWork(page);
        setup.step();
        Fixtures.Screens execOne = fixtures.atExecutive(1);
        setup.step();
        Fixtures.Screens execPage = fixtures.atExecutive(page);
        setup.step();
        Fixtures.Inbox inbox = fixtures.inbox(Integer.getInteger("bench.inbox.measures", 2 * page));
        setup.step();
        long openTasks = jdbc.sql("select count(*) from act_ru_task").query(Long.class).single();
        long organisationCount = jdbc.sql("select count(*) from organisation").query(Long.class).single();

        header(generated, copied, openTasks, organisationCount, page, screens.productionMode());
        // Each phase's table is written as soon as it is measured: a long run stopped halfway keeps what it has.
        statementsPerScreen(screens, openOne, openPage, execOne, execPage, page);
        flush();
        inboxTimings(screens, inbox, openTasks);
        flush();
        lifecycle(walk);
        flush();
        report(jobs);
        flush();
        coldStart();
        flush();
        assertThat(FILE).exists();
    }

    private void flush() throws java.io.IOException {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, String.join("\n", out) + "\n");
        System.out.println(String.join("\n", out.subList(printed, out.size())));
        printed = out.size();
        System.out.println("[bench] written to " + FILE.toAbsolutePath());
    }

    private void header(BulkLoad.Result generated, EngineRowCopies.Result copied, long openTasks, long organisationCount,
                        int page, boolean vaadinProductionMode) {
        out.add("Run " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; " + SETTINGS.describe() + "; a full page = " + page + " rows; Vaadin in "
                + (vaadinProductionMode ? "production" : "development") + " mode.");
        out.add("");
        out.add("Load: %d organisations in the database, %,d open user tasks. Background organisations: %d reused, %d generated%s."
                .formatted(organisationCount, openTasks, generated.existing(), generated.generated(),
                        generated.generated() == 0 ? "" : " in %.0f s (%.1f organisations/s, %,.0f open tasks/s)"
                                .formatted(generated.seconds(), generated.generated() / generated.seconds(),
                                        generated.generated() * SETTINGS.measures() * 4 / generated.seconds())));
        if (copied.copiesBefore() + copied.copiesMade() > 0) {
            out.add("");
            out.add(("Topped up to %,d open tasks by copies of the background organisations' open work under tenants "
                    + "of their own (EngineRowCopies: the engine's runtime rows only, no jobs, history or application "
                    + "rows): %d copies reused, %d made%s.").formatted(SETTINGS.openTasks(), copied.copiesBefore(),
                    copied.copiesMade(), copied.copiesMade() == 0 ? "" : " in %.0f s".formatted(copied.seconds())));
        }
        out.add("");
    }

    // (a) -------------------------------------------------------------------------------------------------------

    private void statementsPerScreen(Screens screens, Fixtures.Screens openOne, Fixtures.Screens openPage,
                                     Fixtures.Screens execOne, Fixtures.Screens execPage, int page) {
        out.add("### (a) SQL statements per navigation");
        out.add("");
        out.add("One navigation right after login (fresh session: layout with badges, the view, the first " + Fixtures.PAGE
                + " rows of each grid), counted at the JDBC connection (statements prepared; commits not counted), "
                + "median / p95 of " + SETTINGS.runs() + " runs after a warm-up. Target: inbox ≤ 12, dashboard ≤ 15, "
                + "the same with 1 and with " + page + " rows.");
        out.add("");
        out.add("| screen | account | statements, 1 row | statements, " + page + " rows | equal? | grid items (1 / " + page
                + ") | server ms, 1 row | server ms, " + page + " rows |");
        out.add("|---|---|---|---|---|---|---|---|");
        screensProgress = new Progress("screens", 8, done -> "screens");
        screen(screens, "inbox", "finance.officer", openOne, openPage, s -> "");
        badges(screens, openOne, openPage);
        screen(screens, "approval queue", "mayor", execOne, execPage, s -> "approval");
        screen(screens, "dashboard", "coordinator", openOne, openPage, s -> "dashboard?plan=" + s.plan());
        screen(screens, "plan", "coordinator", openOne, openPage, s -> "plans?plan=" + s.plan());
        screen(screens, "measure history", "coordinator", openOne, openPage, s -> "measures/" + s.measure() + "/history");
        screen(screens, "plan audit", "coordinator", openOne, openPage, s -> "plans/" + s.plan() + "/audit");
        screen(screens, "notifications", "finance.head", openOne, openPage, s -> "notifications");
        out.add("");
        out.add("Rows: inbox and badges: the finance officer's open tasks; approval: measures at the executive; dashboard, "
                + "plan, plan audit: the plan's measures (4 divisions each); measure history: a measure after 0 and "
                + page / 2 + " return rounds of one division; notifications: the finance head's notices.");
        out.add("");
    }

    private void screen(Screens screens, String name, String role, Fixtures.Screens one, Fixtures.Screens full,
                        java.util.function.Function<Fixtures.Screens, String> location) {
        List<Screens.Navigation> small = repeat(() -> screens.open(one.org().userId(role), location.apply(one)));
        List<Screens.Navigation> large = repeat(() -> screens.open(full.org().userId(role), location.apply(full)));
        row(name, role, small, large);
        screensProgress.step();
    }

    private void badges(Screens screens, Fixtures.Screens one, Fixtures.Screens full) {
        List<Screens.Navigation> small = repeat(() -> screens.badges(one.org().userId("finance.officer")));
        List<Screens.Navigation> large = repeat(() -> screens.badges(full.org().userId("finance.officer")));
        row("badges (layout's counts only)", "finance.officer", small, large);
        screensProgress.step();
    }

    private void row(String name, String role, List<Screens.Navigation> small, List<Screens.Navigation> large) {
        Stats s = Stats.of(small.stream().map(Screens.Navigation::statements).toList());
        Stats l = Stats.of(large.stream().map(Screens.Navigation::statements).toList());
        out.add("| %s | %s | %s | %s | %s | %d / %d | %s | %s |".formatted(name, role, s.format(true), l.format(true),
                s.median() == l.median() ? "yes" : "no", small.get(0).rows(), large.get(0).rows(),
                Stats.of(small.stream().map(Screens.Navigation::millis).toList()).format(false),
                Stats.of(large.stream().map(Screens.Navigation::millis).toList()).format(false)));
    }

    private <T> List<T> repeat(Supplier<T> run) {
        for (int i = 0; i < Math.min(3, SETTINGS.runs()); i++) {
            run.get();
        }
        List<T> results = new ArrayList<>();
        for (int i = 0; i < SETTINGS.runs(); i++) {
            results.add(run.get());
        }
        return results;
    }

    // (b) -------------------------------------------------------------------------------------------------------

    private void inboxTimings(Screens screens, Fixtures.Inbox inbox, long openTasks) {
        int runs = Math.max(SETTINGS.runs(), Integer.getInteger("bench.inbox.runs", SETTINGS.runs()));
        out.add("### (b) Inbox first page at %,d open tasks".formatted(openTasks));
        out.add("");
        out.add("Server time of opening the inbox in a fresh session (navigation: layout, badges, view, and the grid's "
                + "count and first " + Fixtures.PAGE + " rows) and of the grid's count and first page alone, median / p95 "
                + "of " + runs + " runs after " + Math.min(10, runs) + " warm-up runs. Filter: ITA indicator 1. Target: first page p95 ≤ 50 ms.");
        out.add("");
        out.add("\"Read model\": `InboxService.count` and `page(0, " + Fixtures.PAGE + ")` alone, as the grid calls them, "
                + "without Vaadin: the database's and the read model's share of the grid's time (the rest is Vaadin turning "
                + "the rows into the JSON the browser renders).");
        out.add("");
        out.add("| account | filter | tasks listed | navigation ms (median / p95) | count + first page ms (median / p95) "
                + "| read model ms (median / p95) | statements |");
        out.add("|---|---|---|---|---|---|---|");
        Progress progress = new Progress("inbox", 6, done -> "accounts × filters");
        for (String role : List.of("finance.officer", "finance.head", "coordinator")) {
            for (String filter : List.of("", "?indicator=1")) {
                String user = inbox.org().userId(role);
                for (int i = 0; i < Math.min(10, runs); i++) {
                    screens.open(user, filter);
                }
                List<Screens.Navigation> timed = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    timed.add(screens.open(user, filter));
                }
                List<Double> readModel = readModel(inbox.org().user(role), filter.isEmpty() ? InboxService.Filter.ALL
                        : new InboxService.Filter(null, false, false, IndicatorCode.of(1)), runs);
                out.add("| %s | %s | %d | %s | %s | %s | %s |".formatted(role, filter.isEmpty() ? "none" : "indicator 1",
                        timed.get(0).rows(), Stats.of(timed.stream().map(Screens.Navigation::millis).toList()).format(false),
                        Stats.of(timed.stream().map(Screens.Navigation::gridMillis).toList()).format(false),
                        Stats.of(readModel).format(false),
                        Stats.of(timed.stream().map(Screens.Navigation::statements).toList()).format(true)));
                progress.step();
            }
        }
        out.add("");
    }

    /** The grid's two calls, count and first page, timed without the UI (after as many warm-up calls, at most 10). */
    private List<Double> readModel(th.ita.security.CurrentUser user, InboxService.Filter filter, int runs) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs + Math.min(10, runs); i++) {
            long start = System.nanoTime();
            inboxService.count(user, filter);
            inboxService.page(user, filter, 0, Fixtures.PAGE);
            if (i >= Math.min(10, runs)) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis;
    }

    // (c) -------------------------------------------------------------------------------------------------------

    private void lifecycle(MeasureWalk walk) throws Exception {
        Lifecycle lifecycle = new Lifecycle(measureService, walk, runtimeService, taskService, identityService,
                historyService, evidenceService, transactionTemplate);
        var org = organisations.onboard("อำเภอวัดปริมาณงาน", "จังหวัดวัดหน้าจอ");
        // Warm-up of both paths (class loading, JIT, the engine's caches).
        lifecycle.app(org, Lifecycle.CLIENTS);
        lifecycle.raw(org, Lifecycle.CLIENTS);
        List<Lifecycle.Result> app = new ArrayList<>();
        List<Lifecycle.Result> raw = new ArrayList<>();
        List<Lifecycle.Result> floor = new ArrayList<>();
        String historyLevel = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getHistory();
        try (EngineFloor bare = new EngineFloor(dataSource, historyLevel)) {
            lifecycle.floor(bare, Lifecycle.CLIENTS);
            for (int round = 0; round < SETTINGS.lifecycleRounds(); round++) {
                app.add(lifecycle.app(org, SETTINGS.lifecycleMeasures()));
                raw.add(lifecycle.raw(org, SETTINGS.lifecycleMeasures()));
                floor.add(lifecycle.floor(bare, SETTINGS.lifecycleMeasures()));
            }
        }
        Stats appRate = Stats.of(app.stream().map(Lifecycle.Result::perSecond).toList());
        Stats rawRate = Stats.of(raw.stream().map(Lifecycle.Result::perSecond).toList());
        out.add("### (c) Measure lifecycle, " + Lifecycle.CLIENTS + " client threads");
        out.add("");
        out.add("Start to the executive's approval, 4 divisions (11 user actions per measure), " + SETTINGS.lifecycleMeasures()
                + " measures per path and round, " + SETTINGS.lifecycleRounds() + " rounds (app, raw and engine floor each round). "
                + "app: MeasureService and MeasureTaskService as the screens call them (access and input checks, engine calls as the user); raw: the same BPMN through RuntimeService/TaskService "
                + "alone (one transaction per user action: claim, comment, complete; no authentication), with the same evidence file stored for each "
                + "division's work because the BPMN's guard requires it. The BPMN's listeners run in both. "
                + "engine floor: a second, bare Camunda engine on the same database (no plugins, listeners, authorization, "
                + "tenants or job executor; the same history level) running an empty model of a measure's shape, four parallel "
                + "parts of two user tasks then two more (a start and ten completions, one command and one transaction each): "
                + "the most any application on this engine and machine could reach. Targets: app ≥ 50 measures/s; app time / raw time ≤ 1.25.");
        out.add("");
        out.add("| path | measures/s (median / p95 of rounds) | ms per measure (median / p95) | retries |");
        out.add("|---|---|---|---|");
        for (var results : List.of(app, raw, floor)) {
            out.add("| %s | %s | %s | %d |".formatted(results.get(0).path(),
                    Stats.of(results.stream().map(Lifecycle.Result::perSecond).toList()).format(false),
                    Stats.of(results.stream().flatMap(r -> r.measureMillis().stream()).toList()).format(false),
                    results.stream().mapToInt(Lifecycle.Result::retries).sum()));
        }
        out.add("");
        out.add("Ratio app time / raw time (median throughputs): **%.2f×**.".formatted(rawRate.median() / appRate.median()));
        out.add("");
    }

    // (d) -------------------------------------------------------------------------------------------------------

    private void report(AsyncJobs jobs) {
        ReportFixture.Plan plan = new ReportFixture(organisations, importer, plans, jobs, jdbc).plan(SETTINGS.reportMeasures());
        var coordinator = plan.org().user("coordinator");
        reports.generate(plan.id(), coordinator); // warm-up: fonts, class loading, JIT
        List<Double> generate = new ArrayList<>();
        List<Double> pdf = new ArrayList<>();
        List<Double> docx = new ArrayList<>();
        Progress progress = new Progress("report", SETTINGS.reportRuns(), done -> "runs");
        for (int i = 0; i < SETTINGS.reportRuns(); i++) {
            generate.add(millis(() -> reports.generate(plan.id(), coordinator)));
            pdf.add(millis(() -> reports.pdf(plan.id(), coordinator)));
            docx.add(millis(() -> reports.docx(plan.id(), coordinator)));
            progress.step();
        }
        out.add("### (d) Year-end report of a " + SETTINGS.reportMeasures() + "-measure plan");
        out.add("");
        out.add("2–4 divisions per measure, one evidence file per part, half done; YearEndReportService as the report "
                + "screen calls it; median / p95 of " + SETTINGS.reportRuns() + " runs after a warm-up. Target ≤ 0.5 s.");
        out.add("");
        out.add("| what | ms (median / p95) |");
        out.add("|---|---|");
        out.add("| generate and store PDF + DOCX | " + Stats.of(generate).format(false) + " |");
        out.add("| PDF only | " + Stats.of(pdf).format(false) + " |");
        out.add("| DOCX only | " + Stats.of(docx).format(false) + " |");
        out.add("");
    }

    private static double millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    // (e) -------------------------------------------------------------------------------------------------------

    private void coldStart() throws Exception {
        out.add("### (e) Cold start");
        out.add("");
        if (SETTINGS.coldStartRuns() == 0 || ColdStart.unavailable().isPresent()) {
            out.add("Not measured in this run (" + (SETTINGS.coldStartRuns() == 0 ? "bench.coldstart.runs=0"
                    : ColdStart.unavailable().get()) + ").");
            out.add("");
            return;
        }
        ColdStart.Result result = new ColdStart(SETTINGS.postgres() ? BenchSettings.postgresUrl() : java.util.Optional.empty())
                .measure(SETTINGS.coldStartRuns());
        Stats app = Stats.of(result.app());
        Stats bare = Stats.of(result.bare());
        out.add("New JVM until GET /login answers 200, empty " + (SETTINGS.postgres() ? "PostgreSQL database" : "H2 file database")
                + ", " + SETTINGS.coldStartRuns() + " starts each, alternating. app: th.ita.ItaApplication with the demo "
                + "data; bare: bench.bare.BareApplication, the same jars and properties, one Vaadin view, no application "
                + "code (no Flyway migrations, no BPMN deployment). Target ≤ 1.15×.");
        out.add("");
        out.add("| application | s (median / p95) |");
        out.add("|---|---|");
        out.add("| app with demo | " + app.format(false) + " |");
        out.add("| bare stack | " + bare.format(false) + " |");
        out.add("");
        out.add("Ratio app / bare (medians): **%.2f×**.".formatted(app.median() / bare.median()));
        out.add("");
    }
}
