package th.ita.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One node of the cluster test: the packaged application in a JVM of its own, with the {@code postgres} profile,
 * on a port of its own, its output in {@code target/cluster/<name>.log}. Started through Spring Boot's
 * PropertiesLauncher so that {@code loader.path} can add the test's ITA framework file of the current year.
 */
final class ClusterNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    private final Process process;
    final Path log;

    private ClusterNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ClusterNode start(String name, int port, Path jar, Path extraClasspath, Map<String, String> environment,
                             List<String> arguments) throws IOException {
        Path log = Path.of("target", "cluster", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dloader.path=" + extraClasspath.toAbsolutePath(),
                "-cp", jar.toAbsolutePath().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.port=" + port, "--spring.profiles.active=postgres"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("ITA_NODE_NAME", name);
        return new ClusterNode(name, port, builder.start(), log);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Waits until the node answers its health check; fails at once if its JVM ended. */
    void awaitUp(Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not up after " + timeout + ", see " + log);
    }

    /** SIGKILL: no shutdown hook, no commit of what it was doing, its job locks left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
