package th.ita.migration;

import th.ita.workflow.Tenants;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a single-organisation database under its organisation, so that one deployment can serve many.
 * <p>
 * The organisation that owns today's data (its "home") is the one whose plan came first, else the first one on
 * record; a database with work but no organisation at all gets one to hold it. Divisions become the home's (codes
 * are unique within an organisation from now on); outcomes, evidence and notifications get the home's id; the
 * engine's process instances, tasks, jobs and history get its tenant id, and every user who is not an engine
 * administrator becomes a member of that tenant. Other organisations with a plan of their own get a copy of the
 * divisions their plan names. An empty database (a new installation) keeps nothing: V1's sample divisions belonged to
 * no organisation, and organisations now arrive with their own (onboarding, or the demo).
 * <p>
 * Java rather than SQL because two constraints V1 declared without a name must be dropped, and H2 and PostgreSQL
 * named them differently; and because the engine's tables exist only where the engine has already started.
 */
@Component
public class V9__OrganisationsAsTenants extends BaseJavaMigration {

    /** Engine tables with a tenant id and a process instance (definitions and deployments stay shared). */
    private static final List<String> ENGINE_TABLES = List.of(
            "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_EVENT_SUBSCR",
            "ACT_RU_INCIDENT", "ACT_RU_EXT_TASK", "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG",
            "ACT_HI_OP_LOG", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_EXT_TASK_LOG");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Optional<Long> home = homeOrganisation(connection);

        execute(connection, "alter table division add column organisation_id bigint");
        if (home.isPresent()) {
            update(connection, "update division set organisation_id = ?", home.get());
        } else {
            execute(connection, "delete from division");
        }
        execute(connection, "alter table plan_measure_division drop constraint "
                + foreignKeyName(connection, "plan_measure_division", "division"));
        execute(connection, "alter table division drop constraint " + primaryKeyName(connection, "division"));
        execute(connection, "alter table division alter column organisation_id set not null");
        execute(connection, "alter table division add constraint division_pk primary key (organisation_id, code)");
        if (home.isPresent()) {
            // Only now: under the old key (the code alone) a second organisation's copy would collide.
            copyDivisionsToOtherPlanOwners(connection, home.get());
        }
        execute(connection, "alter table division add constraint division_organisation_fk "
                + "foreign key (organisation_id) references organisation (id)");

        addOrganisationColumn(connection, "measure_part_outcome",
                "(select p.organisation_id from improvement_plan p where p.id = measure_part_outcome.plan_id)", home);
        String byMeasure = "(select min(m.organisation_id) from measure_part_outcome m "
                + "where m.process_instance_id = %s.process_instance_id)";
        addOrganisationColumn(connection, "evidence", byMeasure.formatted("evidence"), home);
        addOrganisationColumn(connection, "notification", byMeasure.formatted("notification"), home);
        execute(connection, "create index evidence_organisation_idx on evidence (organisation_id)");
        execute(connection, "create index notification_organisation_idx on notification (organisation_id, recipient)");
        execute(connection, "create index measure_part_outcome_organisation on measure_part_outcome (organisation_id)");

        if (home.isPresent()) {
            String tenant = Tenants.of(home.get());
            tenantsForOrganisations(connection);
            for (String table : ENGINE_TABLES) {
                tagWithTenant(connection, table, tenant);
            }
            usersJoin(connection, tenant);
        }
    }

    private Optional<Long> homeOrganisation(Connection connection) throws SQLException {
        Optional<Long> planOwner = firstLong(connection,
                "select organisation_id from improvement_plan order by id fetch first 1 rows only");
        if (planOwner.isPresent()) {
            return planOwner;
        }
        Optional<Long> first = firstLong(connection, "select min(id) from organisation");
        if (first.isPresent()) {
            return first;
        }
        boolean work = firstLong(connection, "select count(*) from measure_part_outcome").orElse(0L)
                + firstLong(connection, "select count(*) from evidence").orElse(0L)
                + firstLong(connection, "select count(*) from notification").orElse(0L) > 0;
        if (!work) {
            return Optional.empty();
        }
        execute(connection, "insert into organisation (name_th, name_en) values ('หน่วยงานเดิม', 'Existing organisation')");
        return firstLong(connection, "select min(id) from organisation");
    }

    private void copyDivisionsToOtherPlanOwners(Connection connection, long home) throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement("""
                insert into division (organisation_id, code, name_th, name_en, sort_order)
                select distinct p.organisation_id, d.code, d.name_th, d.name_en, d.sort_order
                from improvement_plan p
                join plan_measure m on m.plan_id = p.id
                join plan_measure_division md on md.measure_id = m.id
                join division d on d.code = md.division_code and d.organisation_id = ?
                where p.organisation_id <> ?""")) {
            copy.setLong(1, home);
            copy.setLong(2, home);
            copy.executeUpdate();
        }
    }

    private void addOrganisationColumn(Connection connection, String table, String derived, Optional<Long> home)
            throws SQLException {
        execute(connection, "alter table " + table + " add column organisation_id bigint");
        execute(connection, "update " + table + " set organisation_id = " + derived);
        if (home.isPresent()) {
            update(connection, "update " + table + " set organisation_id = ? where organisation_id is null", home.get());
        }
        execute(connection, "alter table " + table + " alter column organisation_id set not null");
    }

    private void tenantsForOrganisations(Connection connection) throws SQLException {
        if (!tableExists(connection, "ACT_ID_TENANT")) {
            return;
        }
        List<Object[]> organisations = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, name_th from organisation")) {
            while (rows.next()) {
                organisations.add(new Object[] {rows.getLong(1), rows.getString(2)});
            }
        }
        for (Object[] organisation : organisations) {
            String tenant = Tenants.of((Long) organisation[0]);
            if (firstLong(connection, "select count(*) from ACT_ID_TENANT where ID_ = '" + tenant + "'").orElse(0L) == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into ACT_ID_TENANT (ID_, REV_, NAME_) values (?, 1, ?)")) {
                    insert.setString(1, tenant);
                    insert.setString(2, (String) organisation[1]);
                    insert.executeUpdate();
                }
            }
        }
    }

    private void tagWithTenant(Connection connection, String table, String tenant) throws SQLException {
        if (!tableExists(connection, table)) {
            return;
        }
        String processColumn = columnExists(connection, table, "PROC_INST_ID_") ? "PROC_INST_ID_"
                : columnExists(connection, table, "PROCESS_INSTANCE_ID_") ? "PROCESS_INSTANCE_ID_"
                : columnExists(connection, table, "ROOT_PROC_INST_ID_") ? "ROOT_PROC_INST_ID_" : null;
        if (processColumn == null) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update " + table + " set TENANT_ID_ = ? where TENANT_ID_ is null and "
                + processColumn + " is not null")) {
            update.setString(1, tenant);
            update.executeUpdate();
        }
    }

    /** Every user who is not an engine administrator (who sees all tenants anyway) joins the home tenant. */
    private void usersJoin(Connection connection, String tenant) throws SQLException {
        if (!tableExists(connection, "ACT_ID_TENANT_MEMBER")) {
            return;
        }
        List<String> users = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select u.ID_ from ACT_ID_USER u
                     where not exists (select 1 from ACT_ID_TENANT_MEMBER t where t.USER_ID_ = u.ID_)
                       and not exists (select 1 from ACT_ID_MEMBERSHIP m where m.USER_ID_ = u.ID_ and m.GROUP_ID_ = 'camunda-admin')""")) {
            while (rows.next()) {
                users.add(rows.getString(1));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into ACT_ID_TENANT_MEMBER (ID_, TENANT_ID_, USER_ID_) values (?, ?, ?)")) {
            for (String user : users) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, tenant);
                insert.setString(3, user);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String foreignKeyName(Connection connection, String table, String referenced) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet keys = metadata.getImportedKeys(connection.getCatalog(), connection.getSchema(), name(metadata, table))) {
            while (keys.next()) {
                if (keys.getString("PKTABLE_NAME").equalsIgnoreCase(referenced)) {
                    return keys.getString("FK_NAME");
                }
            }
        }
        throw new IllegalStateException("No foreign key from " + table + " to " + referenced);
    }

    private static String primaryKeyName(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet keys = metadata.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), name(metadata, table))) {
            if (keys.next()) {
                return keys.getString("PK_NAME");
            }
        }
        throw new IllegalStateException("No primary key on " + table);
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), name(metadata, table), null)) {
            return tables.next();
        }
    }

    private static boolean columnExists(Connection connection, String table, String column) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet columns = metadata.getColumns(connection.getCatalog(), connection.getSchema(),
                name(metadata, table), name(metadata, column))) {
            return columns.next();
        }
    }

    /** Unquoted names as the database stores them: upper case in H2, lower case in PostgreSQL. */
    private static String name(DatabaseMetaData metadata, String name) throws SQLException {
        return metadata.storesUpperCaseIdentifiers() ? name.toUpperCase() : name.toLowerCase();
    }

    private static Optional<Long> firstLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (rows.next()) {
                long value = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(value);
            }
            return Optional.empty();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void update(Connection connection, String sql, long value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, value);
            statement.executeUpdate();
        }
    }
}
