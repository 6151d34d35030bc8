package th.ita.organisation;

import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import th.ita.support.TestPostgres;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * The V8 → latest migration on PostgreSQL, in a schema of its own inside the test database ({@link TestPostgres}:
 * {@code ITA_TEST_POSTGRES_URL}'s, else the embedded server's), dropped afterwards.
 */
class TenancyMigrationOnPostgresIT extends AbstractTenancyMigrationIT {

    private static final String URL = TestPostgres.url();
    private static final String USER = System.getenv().getOrDefault("ITA_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("ITA_DB_PASSWORD", "");

    private final String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    DataSource freshDatabase() {
        JdbcClient.create(dataSource(URL, USER, PASSWORD)).sql("create schema " + schema).update();
        return dataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER, PASSWORD);
    }

    @AfterEach
    void dropSchema() {
        JdbcClient.create(dataSource(URL, USER, PASSWORD)).sql("drop schema if exists " + schema + " cascade").update();
    }
}
