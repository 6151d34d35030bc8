package th.ita.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Cold start: a new JVM from launch until {@code GET /login} answers 200, on an empty database, for the application
 * with its demo data ({@code th.ita.ItaApplication}) and for the same stack without application code
 * ({@code bench.bare.BareApplication}: same jars, same properties, one view). Both get the runtime class path Maven
 * wrote ({@code target/benchmarks/runtime-classpath.txt}, by the {@code bench} profile) plus {@code target/classes}
 * (the application's properties and Vaadin production bundle); the bare one also its own two classes, copied out of
 * the test classes so that no test configuration comes along.
 */
final class ColdStart {

    private static final Path DIR = Path.of("target", "benchmarks");
    private static final String ADMIN_PASSWORD = "Zq7-Kestrel-Harbor-9";
    private static final Duration TIMEOUT = Duration.ofMinutes(6);

    record Result(List<Double> app, List<Double> bare) {
    }

    private final Optional<String> postgresUrl;

    ColdStart(Optional<String> postgresUrl) {
        this.postgresUrl = postgresUrl;
    }

    /** Why it cannot run here, if it cannot. */
    static Optional<String> unavailable() {
        return Files.exists(DIR.resolve("runtime-classpath.txt")) && Files.isDirectory(Path.of("target", "classes"))
                ? Optional.empty()
                : Optional.of("no target/benchmarks/runtime-classpath.txt (run through the bench profile)");
    }

    Result measure(int runs) throws Exception {
        String runtime = Files.readString(DIR.resolve("runtime-classpath.txt")).trim();
        String classes = Path.of("target", "classes").toAbsolutePath().toString();
        Path bareClasses = copyBareClasses();
        String appPath = classes + java.io.File.pathSeparator + runtime;
        String barePath = bareClasses + java.io.File.pathSeparator + appPath;
        List<Double> app = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        Progress progress = new Progress("cold start", runs * 2, done -> "starts");
        for (int i = 0; i < runs; i++) {
            // Alternating, so that a neighbour's build on the shared machine weighs on both alike.
            bare.add(start("bare", i, barePath, "bench.bare.BareApplication", List.of(
                    "--spring.flyway.enabled=false", "--camunda.bpm.auto-deployment-enabled=false",
                    "--vaadin.allowed-packages=bench.bare", "--ita.demo.enabled=false")));
            progress.step();
            app.add(start("app", i, appPath, "th.ita.ItaApplication", List.of("--ita.demo.enabled=true")));
            progress.step();
        }
        return new Result(app, bare);
    }

    private double start(String name, int run, String classPath, String mainClass, List<String> extra) throws Exception {
        Path dataDir = DIR.resolve("cold").resolve(name + "-" + run).toAbsolutePath();
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        String database = "ita_bench_cold_" + name + "_" + run;
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Dfile.encoding=UTF-8",
                "-cp", classPath, mainClass, "--server.port=" + port, "--ita.data-dir=" + dataDir,
                "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                // The production bundle built by "verify" is in target/classes; as the packaged jar runs.
                "--vaadin.productionMode=true"));
        if (postgresUrl.isPresent()) {
            recreate(database);
            command.add("--spring.profiles.active=postgres");
            command.add("--spring.datasource.url=" + withDatabase(postgresUrl.get(), database));
        }
        command.addAll(extra);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("console.log").toFile()).start();
        long started = System.nanoTime();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(30)).build();
            while (System.nanoTime() - started < TIMEOUT.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited at start-up, see " + dataDir.resolve("console.log"));
                }
                try {
                    if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException(name + " did not answer within " + TIMEOUT);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            if (postgresUrl.isPresent()) {
                drop(database);
            }
        }
    }

    private Path copyBareClasses() throws IOException, java.net.URISyntaxException {
        Path testClasses = Path.of(bench.bare.BareApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = DIR.resolve("bare-classes").toAbsolutePath();
        deleteRecursively(target);
        Path from = testClasses.resolve("bench").resolve("bare");
        Path to = target.resolve("bench").resolve("bare");
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private void recreate(String database) throws Exception {
        drop(database);
        try (var connection = DriverManager.getConnection(postgresUrl.get(), "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
    }

    private void drop(String database) throws Exception {
        try (var connection = DriverManager.getConnection(postgresUrl.get(), "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }

    static String withDatabase(String url, String database) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
