package th.ita.operations;

import th.ita.support.TestPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL side of the operator's drills (backup and restore, upgrade, outage): databases of their own beside
 * the test database ({@link TestPostgres}: {@code ITA_TEST_POSTGRES_URL}'s, named after it so that parallel sessions
 * on one server never share one, else the embedded server's), the
 * PostgreSQL client programs as an operator runs them, and what a drill compares before and after.
 */
public final class DrillDatabases {

    public static final String USER = "postgres";

    private DrillDatabases() {
    }

    /**
     * The test server's URL: {@code ITA_TEST_POSTGRES_URL}'s ({@code .ci/run} always sets it), else the PostgreSQL this
     * JVM starts ({@link TestPostgres}).
     */
    public static String testUrl() {
        return TestPostgres.url();
    }

    /** A new empty database named {@code <test database>_<suffix>} (dropped first if a run left it behind). */
    public static String freshDatabase(String suffix) throws SQLException {
        return freshDatabaseBeside(testUrl(), suffix);
    }

    /** A new empty database named {@code <base's database>_<suffix>} on base's server. */
    public static String freshDatabaseBeside(String base, String suffix) throws SQLException {
        String name = databaseName(base) + "_" + suffix;
        try (Connection admin = DriverManager.getConnection(base, USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    public static void drop(String url) throws SQLException {
        if (url == null) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + databaseName(url) + " with (force)");
        }
    }

    public static String databaseName(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    /** host and port of a {@code jdbc:postgresql://host:port/db} URL, as the client programs take them. */
    public static List<String> connectionArguments(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return List.of("-h", uri.getHost(), "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U", USER, "-d", databaseName(jdbcUrl));
    }

    /**
     * A PostgreSQL client program: on the PATH, else the newest of Debian's {@code /usr/lib/postgresql/<n>/bin}.
     * The drill is skipped if neither has it (the CI machine has both).
     */
    public static String tool(String name) {
        List<Path> found = candidates(name);
        assumeTrue(!found.isEmpty(), name + " (PostgreSQL's client programs) is neither on the PATH nor in "
                + "/usr/lib/postgresql/*/bin: the drill is skipped");
        return found.get(0).toString();
    }

    /**
     * A PostgreSQL client program at least as new as the server of {@code url} ({@code pg_dump} refuses a newer
     * server, {@code pg_restore} a newer dump): the first such of the PATH, then of {@code /usr/lib/postgresql/<n>/bin},
     * newest first. Without one the drill is skipped, saying what to install: the embedded PostgreSQL of a JDK-only
     * machine brings no client programs.
     */
    public static String tool(String name, String url) throws SQLException {
        int server = serverMajorVersion(url);
        List<Path> found = candidates(name);
        Optional<Path> fit = found.stream().filter(path -> clientMajorVersion(path) >= server).findFirst();
        assumeTrue(fit.isPresent(), () -> name + " of PostgreSQL " + server + " or newer is neither on the PATH nor in "
                + "/usr/lib/postgresql/*/bin" + (found.isEmpty() ? "" : " (found only " + found.stream()
                .map(path -> path + " of PostgreSQL " + clientMajorVersion(path)).toList() + ")")
                + ": the drill is skipped. Install PostgreSQL " + server + "'s client programs (Debian: postgresql-client-"
                + server + ")" + (TestPostgres.isEmbedded() ? ", or set " + TestPostgres.VARIABLE + " to a PostgreSQL "
                + "server whose client programs you have (the embedded PostgreSQL the tests start has none)" : ""));
        return fit.get().toString();
    }

    /** Where a client program is: on the PATH first, then Debian's version folders, newest first. */
    private static List<Path> candidates(String name) {
        List<Path> found = new ArrayList<>(Arrays.stream(System.getenv().getOrDefault("PATH", "")
                        .split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank()).map(dir -> Paths.get(dir, name)).filter(Files::isExecutable).toList());
        Path debian = Paths.get("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(version -> version.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .sorted(Comparator.comparing((Path path) -> versionOf(path.getParent().getParent())).reversed())
                        .forEach(found::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        // Once each (/bin is /usr/bin on a merged-/usr system); the path itself is kept, as Debian's wrapper reads it.
        Set<Path> seen = new HashSet<>();
        found.removeIf(path -> !seen.add(realPath(path)));
        return found;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static int serverMajorVersion(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, "")) {
            return connection.getMetaData().getDatabaseMajorVersion();
        }
    }

    /** The major version a client program reports ("pg_dump (PostgreSQL) 15.20 (Debian …)"); -1 if it says none. */
    private static int clientMajorVersion(Path program) {
        try {
            Process process = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor(30, TimeUnit.SECONDS);
            Matcher version = Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(output);
            return version.find() ? Integer.parseInt(version.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int versionOf(Path versionDirectory) {
        try {
            return Integer.parseInt(versionDirectory.getFileName().toString());
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }

    /** Runs a client program to its end (at most 5 minutes), its stdin from {@code input} if given. */
    public static void run(List<String> command, InputStream input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path output = Files.createTempFile("drill-", ".log");
        builder.redirectOutput(output.toFile());
        if (input == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process process = builder.start();
        if (input != null) {
            try (var stdin = process.getOutputStream()) {
                input.transferTo(stdin);
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish in 5 minutes");
        }
        String log = Files.readString(output);
        Files.deleteIfExists(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + log);
        }
    }

    /** Every table of the database (the application's and the engine's) with its row count, by name. */
    public static Map<String, Long> rowCounts(String url) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = sql.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The process instances that have decision records. */
    public static List<String> processesWithDecisions(String url) throws SQLException {
        return strings(url, "select distinct process_instance_id from decision_record order by 1");
    }

    /** Evidence files whose stored SHA-256 is not that of their stored content: their ids (none, if intact). */
    public static List<String> evidenceWithWrongHash(String url) throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select id, sha256, content from evidence where content is not null")) {
            while (rows.next()) {
                if (!sha256(rows.getBytes(3)).equals(rows.getString(2))) {
                    wrong.add(rows.getString(1));
                }
            }
        }
        return wrong;
    }

    public static long count(String url, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public static List<String> strings(String url, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Each stored report file by "plan/version/format", its bytes as stored. */
    public static Map<String, byte[]> reportFiles(String url) throws SQLException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select plan_id, version, docx, pdf from plan_report")) {
            while (rows.next()) {
                String key = rows.getLong(1) + "/" + rows.getInt(2);
                files.put(key + "/docx", rows.getBytes(3));
                files.put(key + "/pdf", rows.getBytes(4));
            }
        }
        return files;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
