package th.ita.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.shared.FiscalYear;
import th.ita.support.TestPdf;
import th.ita.support.TestPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged application on one fresh PostgreSQL database, as a load balancer would run them
 * (README, "Two nodes"): Camunda's job executors share the jobs through the database's locks.
 * <ol>
 *   <li>A plan approved through node B starts its measures in jobs that either node runs, each exactly once; the
 *   reminder and overdue timers of its measures come due at once (their due date is today) and fire exactly once:
 *   one notification row and one mail per recipient, none twice.</li>
 *   <li>A task created through one node (the head's review, created by the officer's work sent to B) is completed
 *   through the other (A).</li>
 *   <li>Node B is killed with SIGKILL while a client sends it completions and while it holds job locks: every
 *   completion it acknowledged is in the database once, every other one is there whole or not at all, and the jobs
 *   it had locked are run by A once their lock (10 s here) expires, still exactly once.</li>
 *   <li>A framework corrected through one node is served by the other without a restart.</li>
 * </ol>
 * Run by {@code ./mvnw -Pcluster verify} (after {@code package}: it needs the jar) and by {@code .ci/run}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesIT.class);
    private static final String ADMIN_PASSWORD = "Cluster-Test-9x!";
    private static final String PASSWORD = "Qv7!Harbour-Kite";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration WORK_TIMEOUT = Duration.ofMinutes(4);
    private static final int LOCK_MILLIS = 10_000;
    private static final List<String> DIVISIONS = List.of("finance", "works");
    /** Per measure: each division's reminder (officers, head) and overdue notice (head, coordinator). */
    private static final int NOTICES_PER_MEASURE = DIVISIONS.size() * 4;

    static String jdbcUrl;
    static GreenMail smtp;
    static ClusterNode a;
    static ClusterNode b;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String base = TestPostgres.url();
        String server = base.substring(0, base.lastIndexOf('/') + 1);
        String database = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_cluster";
        try (Connection admin = DriverManager.getConnection(base, "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
        jdbcUrl = server + database;

        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        Path jar = jar();
        Path extra = frameworkOfLastYear();
        Map<String, String> environment = Map.of("ITA_DB_URL", jdbcUrl, "ITA_DB_USER", "postgres",
                "ITA_ADMIN_PASSWORD", ADMIN_PASSWORD, "ITA_DEMO", "false",
                "ITA_JOB_LOCK_MILLIS", String.valueOf(LOCK_MILLIS));
        // Hand-offs (in the app, and their grouped mails) are tested in HandoffOnPostgresIT; here only the timers' notices.
        List<String> arguments = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--ita.handoff.enabled=false",
                "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=info");
        // One after the other: the first creates the schemas (Camunda's and Flyway's), the second finds them.
        a = ClusterNode.start("node-a", freePort(), jar, extra, environment, arguments);
        a.awaitUp(START_TIMEOUT);
        b = ClusterNode.start("node-b", freePort(), jar, extra, environment, arguments);
        b.awaitUp(START_TIMEOUT);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (ClusterNode node : new ClusterNode[]{a, b}) {
            if (node != null) {
                node.stop();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(2) // kills node B
    void twoNodes_shareTheJobsExactlyOnce_completeEachOthersTasks_andSurviveASigkill() throws Exception {
        // --- 1. a plan approved through B: its measures start in jobs, their timers fire, each exactly once ---
        Org one = onboard("one");
        int measures = 6;
        long plan = approvedPlan(one, measures, b);
        List<String> processes = awaitMeasuresStarted(plan, measures);
        awaitNoJobsLeft(processes);
        assertNoticesExactlyOnce(one, measures * NOTICES_PER_MEASURE);
        awaitMails(measures * NOTICES_PER_MEASURE);
        assertThat(mailKeys()).doesNotHaveDuplicates().hasSize(measures * NOTICES_PER_MEASURE);
        log.info("Jobs run per node: {}", jobsPerNode());

        // --- 2. a task created through one node is completed through the other ---
        String process = processes.get(0);
        String work = taskOf(one, "finance.officer", process, "Task_DivisionWork");
        ApiClient.postWork(b, one.user("finance.officer"), PASSWORD, work, TestPdf.minimal("finance")).expect(204);
        // The head's review was created by B's transaction; the head completes it through A.
        String review = taskOf(one, "finance.head", process, "Task_HeadReview");
        ApiClient.postJson(a, one.user("finance.head"), PASSWORD, "/api/tasks/" + review + "/decision",
                Map.of("decision", "ACCEPT")).expect(204);
        assertThat(endedTaskCount(review)).isEqualTo(1);
        assertThat(decisionRows(review)).isEqualTo(1);

        // --- 3. SIGKILL of B in the middle of completions and of jobs ---
        List<String[]> officerTasks = new ArrayList<>();
        for (String pi : processes.subList(1, processes.size())) {
            for (String division : DIVISIONS) {
                officerTasks.add(new String[]{division, taskOf(one, division + ".officer", pi, "Task_DivisionWork")});
            }
        }
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        Thread client = new Thread(() -> {
            for (String[] task : officerTasks) {
                attempted.add(task[1]);
                try {
                    int status = ApiClient.postWork(b, one.user(task[0] + ".officer"), PASSWORD, task[1],
                            TestPdf.minimal(task[0])).status();
                    acknowledged.put(task[1], status);
                } catch (IOException | InterruptedException killed) {
                    return;
                }
            }
        }, "client-of-node-b");

        Org two = onboard("two");
        int burst = 16;
        long secondPlan = draftPlan(two, burst, b);
        ApiClient.postJson(b, two.user("coordinator"), PASSWORD, "/api/plans/" + secondPlan + "/submit", null).expect(204);
        client.start();
        ApiClient.postJson(b, two.user("mayor"), PASSWORD, "/api/plans/" + secondPlan + "/approve", null).expect(204);
        Set<String> lockedByB = awaitJobsLockedBy("node-b");
        b.kill();
        client.join();
        Set<String> stillLockedByB = lockedJobs("node-b");
        log.info("Killed node-b holding {} job locks ({} still in the database); the client had {} of {} completions "
                + "acknowledged", lockedByB.size(), stillLockedByB.size(), acknowledged.size(), officerTasks.size());

        // Every acknowledged completion is in the database once; every other one whole or not at all.
        for (String[] task : officerTasks) {
            long evidence = evidenceRows(task[1]);
            long ended = endedTaskCount(task[1]);
            if (acknowledged.containsKey(task[1])) {
                assertThat(acknowledged.get(task[1])).isEqualTo(204);
                assertThat(ended).as("acknowledged completion of " + task[1]).isEqualTo(1);
                assertThat(evidence).as("evidence of " + task[1]).isEqualTo(1);
            } else {
                assertThat(List.of(ended, evidence)).as("nothing half done for " + task[1])
                        .isIn(List.of(0L, 0L), List.of(1L, 1L));
            }
        }
        // B's locked jobs: taken over by A after the lock expired, the plan's measures each started once.
        assertThat(stillLockedByB).as("node-b held job locks when it was killed").isNotEmpty();
        List<String> secondProcesses = awaitMeasuresStarted(secondPlan, burst);
        awaitNoJobsLeft(secondProcesses);
        for (String job : stillLockedByB) {
            assertThat(successfulRunsOf(job)).as("job " + job + " run by node-a after the lock expired")
                    .containsExactly("node-a");
        }
        assertNoticesExactlyOnce(two, burst * NOTICES_PER_MEASURE);
        assertThat(mailKeys()).doesNotHaveDuplicates();
        assertThat(outcomeRows(secondPlan)).isEqualTo(burst * DIVISIONS.size());

        // The tasks B never acknowledged can still be done, through A.
        for (String[] task : officerTasks) {
            if (!acknowledged.containsKey(task[1]) && endedTaskCount(task[1]) == 0) {
                ApiClient.postWork(a, one.user(task[0] + ".officer"), PASSWORD, task[1], TestPdf.minimal(task[0]))
                        .expect(204);
                assertThat(evidenceRows(task[1])).isEqualTo(1);
            }
        }
    }

    /**
     * A framework corrected through A is what B serves, without a restart: B has read (and cached) the year's
     * framework before; it notices the stored stamp change within its recheck (1 s). A file with a duplicate code is a
     * Thai 400 through B and changes nothing on either node. The file sent is the served JSON (JSON is YAML) with
     * one title changed, so the check holds whatever the year's file says.
     */
    @Test
    @Order(1)
    void aFrameworkPutThroughA_isServedByB() throws Exception {
        int year = FiscalYear.of(LocalDate.now()).buddhistYear() - 1;
        String path = "/api/frameworks/" + year;
        ObjectNode file = (ObjectNode) ApiClient.get(b, "admin", ADMIN_PASSWORD, path).expect(200).json();
        file.remove(List.of("version", "provisional"));
        ObjectNode first = (ObjectNode) file.get("oitItems").get(0);
        String title = "แก้ไขผ่าน node-a " + first.get("titleTh").asText();
        first.put("titleTh", title);

        JsonNode saved = ApiClient.putYaml(a, "admin", ADMIN_PASSWORD, path, ApiClient.JSON.writeValueAsString(file))
                .expect(200).json();

        int version = saved.get("version").asInt();
        await("node-b to serve the corrected framework", () -> {
            try {
                JsonNode served = ApiClient.get(b, "admin", ADMIN_PASSWORD, path).expect(200).json();
                return served.get("version").asInt() == version
                        && served.get("oitItems").get(0).get("titleTh").asText().equals(title);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, Duration.ofSeconds(15));

        String code = first.get("code").asText();
        ((ObjectNode) file.get("oitItems").get(1)).put("code", code);
        ApiClient.Response refused = ApiClient.putYaml(b, "admin", ADMIN_PASSWORD, path,
                ApiClient.JSON.writeValueAsString(file)).expect(400);
        assertThat(refused.json().get("problems").get(0).get("message").asText())
                .isEqualTo("oitItems[1].code: รหัสซ้ำ \"" + code + "\"");
        for (ClusterNode node : new ClusterNode[]{a, b}) {
            JsonNode served = ApiClient.get(node, "admin", ADMIN_PASSWORD, path).expect(200).json();
            assertThat(served.get("version").asInt()).as(node.name).isEqualTo(version);
            assertThat(served.get("oitItems").get(1).get("code").asText()).as(node.name).isNotEqualTo(code);
        }
    }

    // --- organisations and plans through /api ------------------------------------------------------------------

    record Org(long id, String prefix) {
        String user(String role) {
            return prefix + "." + role;
        }
    }

    private static Org onboard(String name) throws Exception {
        String prefix = "cl" + name;
        JsonNode created = ApiClient.postJson(a, "admin", ADMIN_PASSWORD, "/api/organisations", Map.of(
                "nameTh", "เทศบาลตำบลคลัสเตอร์" + name, "nameEn", "Cluster " + name, "district", "เมือง",
                "province", "เชียงใหม่", "websiteDomain", prefix + ".go.th",
                "divisions", List.of(Map.of("code", "finance", "nameTh", "กองคลัง", "nameEn", "Finance"),
                        Map.of("code", "works", "nameTh", "กองช่าง", "nameEn", "Works")))).expect(201).json();
        Org org = new Org(created.get("id").asLong(), prefix);
        person(org, "coordinator", "coordinator", null);
        person(org, "mayor", "executive", null);
        for (String division : DIVISIONS) {
            person(org, division + ".officer", "officer", division);
            person(org, division + ".head", "head", division);
        }
        return org;
    }

    private static void person(Org org, String role, String kind, String division) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("id", org.user(role), "firstName", "ทดสอบ", "lastName", role,
                "email", org.user(role) + "@cluster.test", "password", PASSWORD, "role", kind));
        body.put("division", division);
        ApiClient.postJson(a, "admin", ADMIN_PASSWORD, "/api/organisations/" + org.id() + "/users", body).expect(201);
    }

    /** A plan of the current fiscal year whose measures are due today: their timers are due as soon as they start. */
    private static long draftPlan(Org org, int measures, ClusterNode node) throws Exception {
        LocalDate today = LocalDate.now();
        String entries = IntStream.rangeClosed(1, measures).mapToObj(i -> "  - { key: m" + i
                + ", text: มาตรการที่ " + i + ", indicators: [2], divisions: [finance, works], dueDate: " + today + " }")
                .collect(Collectors.joining("\n"));
        String keys = IntStream.rangeClosed(1, measures).mapToObj(i -> "m" + i).collect(Collectors.joining(", "));
        String yaml = "fiscalYear: " + FiscalYear.of(today).buddhistYear() + "\nguidelines:\n  \"2\": [เปิดเผยข้อมูล]\n"
                + "measures:\n" + entries + "\nsections:\n  - instrument: IIT\n    weaknesses: [การเปิดเผยข้อมูล]\n"
                + "    approaches: [ประกาศข้อมูล]\n    measures: [" + keys + "]\n";
        return ApiClient.postYaml(node, org.user("coordinator"), PASSWORD, "/api/organisations/" + org.id() + "/plans",
                yaml).expect(201).json().get("id").asLong();
    }

    private static long approvedPlan(Org org, int measures, ClusterNode node) throws Exception {
        long plan = draftPlan(org, measures, a);
        ApiClient.postJson(a, org.user("coordinator"), PASSWORD, "/api/plans/" + plan + "/submit", null).expect(204);
        ApiClient.postJson(node, org.user("mayor"), PASSWORD, "/api/plans/" + plan + "/approve", null).expect(204);
        return plan;
    }

    private static String taskOf(Org org, String role, String processInstanceId, String taskKey) throws Exception {
        for (JsonNode task : ApiClient.get(a, org.user(role), PASSWORD, "/api/tasks?limit=500").expect(200).json()) {
            if (task.get("processInstanceId").asText().equals(processInstanceId)
                    && task.get("taskKey").asText().equals(taskKey)) {
                return task.get("taskId").asText();
            }
        }
        throw new AssertionError("no " + taskKey + " of " + processInstanceId + " for " + org.user(role));
    }

    // --- waiting for the nodes' jobs ------------------------------------------------------------------------------

    private static List<String> awaitMeasuresStarted(long plan, int measures) throws Exception {
        await("the measures of plan " + plan + " to start", () -> count(
                "select count(*) from plan_measure where plan_id = ? and process_instance_id is not null", plan) == measures);
        // Exactly one process per plan measure, however many nodes tried.
        assertThat(count("select count(*) from act_hi_procinst where business_key_ like ?", "plan-" + plan + "-measure-%"))
                .isEqualTo(measures);
        return strings("select process_instance_id from plan_measure where plan_id = ? order by seq", plan);
    }

    private static void awaitNoJobsLeft(List<String> processes) throws Exception {
        String in = processes.stream().map(p -> "'" + p + "'").collect(Collectors.joining(","));
        await("the measures' timers to fire", () -> count("select count(*) from act_ru_job where process_instance_id_ in ("
                + in + ") or (handler_type_ = 'async-continuation' and process_def_key_ = 'improvement-plan')") == 0);
    }

    private static Set<String> awaitJobsLockedBy(String node) throws Exception {
        Set<String> locked = new HashSet<>();
        await(node + " to hold job locks", () -> {
            locked.addAll(lockedJobs(node));
            return !locked.isEmpty();
        });
        return locked;
    }

    private static Set<String> lockedJobs(String node) {
        return new HashSet<>(strings("select id_ from act_ru_job where lock_owner_ = ?", node));
    }

    private static void awaitMails(int expected) throws Exception {
        await(expected + " mails", () -> smtp.getReceivedMessages().length >= expected);
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        await(what, condition, WORK_TIMEOUT);
    }

    private static void await(String what, BooleanSupplier condition, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + timeout + " for " + what);
            }
            Thread.sleep(50);
        }
    }

    // --- what the database and the mail server hold ---------------------------------------------------------------

    private static void assertNoticesExactlyOnce(Org org, int expected) {
        assertThat(count("select count(*) from (select recipient, message_key, process_instance_id, args "
                + "from notification where organisation_id = ? and message_key not like 'handoff.%' "
                + "group by recipient, message_key, process_instance_id, args "
                + "having count(*) > 1) duplicates", org.id())).as("duplicate notifications").isZero();
        assertThat(count("select count(*) from notification where organisation_id = ? and message_key not like 'handoff.%'",
                org.id())).isEqualTo(expected);
    }

    /** Recipient and text of every mail received; the text names the measure, the division and the kind of notice. */
    private static List<String> mailKeys() {
        List<String> keys = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                keys.add(message.getRecipients(Message.RecipientType.TO)[0] + " " + GreenMailUtil.getBody(message));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    private static Map<String, Long> jobsPerNode() {
        Map<String, Long> perNode = new HashMap<>();
        query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_", List.of(),
                rs -> perNode.put(rs.getString(1), rs.getLong(2)));
        return perNode;
    }

    private static List<String> successfulRunsOf(String jobId) {
        return strings("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2", jobId);
    }

    private static long endedTaskCount(String taskId) {
        return count("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null", taskId);
    }

    private static long evidenceRows(String taskId) {
        return count("select count(*) from evidence where task_id = ?", taskId);
    }

    private static long decisionRows(String taskId) {
        return count("select count(*) from decision_record where task_id = ?", taskId);
    }

    private static long outcomeRows(long plan) {
        return count("select count(*) from measure_part_outcome o join plan_measure m "
                + "on m.process_instance_id = o.process_instance_id where m.plan_id = ?", plan);
    }

    private static long count(String sql, Object... params) {
        long[] result = new long[1];
        query(sql, List.of(params), rs -> result[0] = rs.getLong(1));
        return result[0];
    }

    private static List<String> strings(String sql, Object... params) {
        List<String> result = new ArrayList<>();
        query(sql, List.of(params), rs -> result.add(rs.getString(1)));
        return Collections.unmodifiableList(result);
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, List<Object> params, Row row) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    // --- set-up ---------------------------------------------------------------------------------------------------

    /** The jar {@code package} built: {@code -Dita.cluster.jar}, else the one in target/. */
    private static Path jar() throws IOException {
        String configured = System.getProperty("ita.cluster.jar");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("ita-workflow-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/ita-workflow-*.jar: run package first"));
        }
    }

    /**
     * The ITA framework of last fiscal year, which a plan of this year is measured against, on the nodes' class path
     * ({@code loader.path}): a copy of the 2566 file under the year's number, only when the jar ships none for that
     * year (two files of one year would leave the choice to the class path's order).
     */
    private static Path frameworkOfLastYear() throws IOException {
        int year = FiscalYear.of(LocalDate.now()).buddhistYear() - 1;
        Path dir = Path.of("target", "cluster", "classpath");
        Files.createDirectories(dir.resolve("ita"));
        Files.deleteIfExists(dir.resolve("ita/framework-" + year + ".yaml"));
        if (TwoNodesIT.class.getResource("/ita/framework-" + year + ".yaml") != null) {
            return dir;
        }
        try (InputStream in = TwoNodesIT.class.getResourceAsStream("/ita/framework-2566.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("fiscalYear: 2566", "fiscalYear: " + year);
            Files.writeString(dir.resolve("ita/framework-" + year + ".yaml"), text);
        }
        return dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
