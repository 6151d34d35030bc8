package th.ita.organisation;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import th.ita.migration.V9__OrganisationsAsTenants;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An installation of the single-organisation version (schema V8) with its organisation, the V1 divisions, a plan and
 * its measure's outcome rows, evidence and notifications, migrated to the latest version: everything it held stays,
 * now under that organisation. Flyway alone, on a fresh database (no application, no engine), the way an upgrade
 * meets an old database. Subclasses choose the database.
 */
abstract class AbstractTenancyMigrationIT {

    private static final String PROCESS = "measure-pi-1";
    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 5, 1, 3, 0, 0, 0, ZoneOffset.UTC);

    /** A database of its own, empty; dropped or forgotten afterwards by the subclass. */
    abstract DataSource freshDatabase();

    @Test
    void v8InstallationWithOnePlan_keepsItsDivisionsOutcomesEvidenceAndNotices_underItsOrganisation() {
        DataSource database = freshDatabase();
        assertThat(flyway(database, "8").migrate().targetSchemaVersion).isEqualTo("8");
        JdbcClient jdbc = JdbcClient.create(database);
        long organisation = singleOrganisationInstallation(jdbc);

        flyway(database, null).migrate();

        assertThat(flyway(database, null).info().current().getVersion())
                .isGreaterThanOrEqualTo(MigrationVersion.fromVersion("10"));
        assertThat(jdbc.sql("select code from division where organisation_id = ? order by sort_order")
                .param(organisation).query(String.class).list())
                .containsExactly("office", "finance", "works", "education");
        assertThat(count(jdbc, "select count(*) from division where organisation_id is null or organisation_id <> ?",
                organisation)).isZero();
        assertThat(jdbc.sql("select organisation_id from measure_part_outcome where process_instance_id = ? "
                + "order by division_code").param(PROCESS).query(Long.class).list())
                .containsExactly(organisation, organisation);
        assertThat(jdbc.sql("select organisation_id from evidence").query(Long.class).list())
                .containsExactly(organisation);
        // Also the notice of no process at all (a reminder): the installation had one organisation, it is that one's.
        assertThat(jdbc.sql("select organisation_id from notification order by id").query(Long.class).list())
                .containsExactly(organisation, organisation);
        // What the rows said before is unchanged.
        assertThat(jdbc.sql("select outcome from measure_part_outcome where process_instance_id = ? order by division_code")
                .param(PROCESS).query(String.class).list()).containsExactly("DONE", "OPEN");
        assertThat(jdbc.sql("select division_code from plan_measure_division order by division_code")
                .query(String.class).list()).containsExactly("finance", "works");

        // A division code is now unique within its organisation only: another one may have its own "finance".
        jdbc.sql("insert into organisation (name_th, district, province) values ('เทศบาลอื่น', 'เมือง', 'ลำพูน')").update();
        long other = jdbc.sql("select id from organisation where name_th = 'เทศบาลอื่น'").query(Long.class).single();
        jdbc.sql("insert into division (organisation_id, code, name_th, name_en, sort_order) values (?, 'finance', 'กองคลัง', 'Finance', 1)")
                .param(other).update();
        assertThatThrownBy(() -> jdbc.sql("insert into division (organisation_id, code, name_th, name_en, sort_order) "
                + "values (?, 'finance', 'กองคลัง', 'Finance', 9)").param(organisation).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** The rows a V8 installation had: one organisation, its FY 2567 plan, one measure for finance and works. */
    private static long singleOrganisationInstallation(JdbcClient jdbc) {
        jdbc.sql("insert into organisation (name_th, name_en, district, province) "
                + "values ('เทศบาลตำบลเดิม', 'Old Municipality', 'ฮอด', 'เชียงใหม่')").update();
        long organisation = jdbc.sql("select id from organisation").query(Long.class).single();
        jdbc.sql("insert into improvement_plan (organisation_id, fiscal_year, status, created_by, created_at) "
                + "values (?, 2567, 'APPROVED', 'coordinator', ?)").params(organisation, AT).update();
        long plan = jdbc.sql("select id from improvement_plan").query(Long.class).single();
        jdbc.sql("insert into plan_measure (plan_id, seq, text, due_date, process_instance_id) values (?, 1, ?, ?, ?)")
                .params(plan, "มาตรการเปิดเผยข้อมูล", LocalDate.of(2024, 9, 30), PROCESS).update();
        long measure = jdbc.sql("select id from plan_measure").query(Long.class).single();
        for (String division : new String[] {"finance", "works"}) {
            jdbc.sql("insert into plan_measure_division (measure_id, division_code) values (?, ?)")
                    .params(measure, division).update();
        }
        jdbc.sql("insert into measure_part_outcome (process_instance_id, division_code, plan_id, plan_measure_id, "
                + "outcome, progress) values (?, 'finance', ?, ?, 'DONE', 'ACCEPTED')").params(PROCESS, plan, measure).update();
        jdbc.sql("insert into measure_part_outcome (process_instance_id, division_code, plan_id, plan_measure_id, "
                + "outcome, progress) values (?, 'works', ?, ?, 'OPEN', 'IN_WORK')").params(PROCESS, plan, measure).update();
        jdbc.sql("insert into evidence (id, process_instance_id, task_id, division_code, file_name, content_type, "
                        + "size_bytes, sha256, content, uploaded_by, uploaded_at) values (?, ?, 'task-1', 'finance', "
                        + "'รายงาน.pdf', 'application/pdf', 3, ?, ?, 'finance.officer', ?)")
                .params(UUID.randomUUID(), PROCESS, "a".repeat(64), new byte[] {1, 2, 3}, AT).update();
        jdbc.sql("insert into notification (recipient, message_key, args, process_instance_id, created_at) "
                + "values ('works.head', 'notification.overdue', 'มาตรการ', ?, ?)").params(PROCESS, AT).update();
        jdbc.sql("insert into notification (recipient, message_key, args, process_instance_id, created_at) "
                + "values ('coordinator', 'notification.reminder', 'แผน', null, ?)").param(AT).update();
        return organisation;
    }

    /** The application's Flyway settings (application.properties), up to {@code target} or the latest. */
    private static Flyway flyway(DataSource database, String target) {
        var configuration = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .table("ita_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .javaMigrations(new V9__OrganisationsAsTenants());
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static long count(JdbcClient jdbc, String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    static DataSource dataSource(String url, String user, String password) {
        return new DriverManagerDataSource(url, user, password);
    }
}
