package th.ita.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tops the background load up to a number of open tasks by copying the generated organisations' open work in SQL,
 * under tenants of their own ({@value #TENANT_PREFIX}…): the engine's runtime rows of those organisations'
 * processes (executions, tasks, the tasks' candidate groups, variables) with every id suffixed, so each copy is one
 * more set of organisations whose finance division, head and executives have the same work open.
 * <p>
 * Why: generating an organisation through the services (onboarding, plan, approval, 50 measure processes started)
 * runs at 5–15 organisations a minute on 2 cores, so the reference 100,000 open tasks would take most of an hour.
 * What the inbox's queries meet is the same either way — the same tables, row counts, groups shared by every
 * organisation, and tenants keeping them apart — and the organisations the screens are timed in are always
 * generated through the services. Copies have no jobs, no history and no application rows, so no timer fires for
 * them and no screen lists them. Only runtime rows are copied; nothing here runs outside the benchmark.
 */
final class EngineRowCopies {

    static final String TENANT_PREFIX = "bench-copy-";

    /** Columns holding an engine id of a copied row (or of its parent or scope): suffixed in each copy. */
    private static final Set<String> ID_COLUMNS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "PARENT_ID_",
            "SUPER_EXEC_", "EXECUTION_ID_", "TASK_ID_", "PARENT_TASK_ID_", "VAR_SCOPE_");

    private final JdbcClient jdbc;

    EngineRowCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Result(int copiesBefore, int copiesMade, long openTasks, double seconds) {
    }

    /**
     * Copies the open work of the given tenants until at least {@code wantedOpenTasks} tasks are open (or does
     * nothing when they already are).
     */
    Result topUp(List<String> sourceTenants, long wantedOpenTasks) {
        long start = System.nanoTime();
        int before = copies();
        long open = openTasks();
        long perCopy = jdbc.sql("select count(*) from ACT_RU_TASK where TENANT_ID_ in (:tenants)")
                .param("tenants", sourceTenants).query(Long.class).single();
        if (open >= wantedOpenTasks || perCopy == 0) {
            return new Result(before, 0, open, 0);
        }
        int needed = (int) Math.ceil((wantedOpenTasks - open) / (double) perCopy);
        Progress progress = new Progress("copy", needed, done -> "copies of %d open tasks each".formatted(perCopy));
        for (int i = 0; i < needed; i++) {
            copy(sourceTenants, before + i + 1);
            progress.step();
        }
        return new Result(before, needed, openTasks(), (System.nanoTime() - start) / 1e9);
    }

    private void copy(List<String> tenants, int copy) {
        String suffix = "-c" + copy;
        String tenantPrefix = TENANT_PREFIX + copy + "-";
        String ofTenants = " where TENANT_ID_ in (:tenants)";
        // In foreign-key order; an execution's parent is in the same statement, checked at its end.
        insertCopy("ACT_RU_EXECUTION", ofTenants, tenants, suffix, tenantPrefix);
        insertCopy("ACT_RU_TASK", ofTenants, tenants, suffix, tenantPrefix);
        insertCopy("ACT_RU_IDENTITYLINK",
                " where TASK_ID_ in (select ID_ from ACT_RU_TASK where TENANT_ID_ in (:tenants))", tenants, suffix,
                tenantPrefix);
        insertCopy("ACT_RU_VARIABLE", ofTenants, tenants, suffix, tenantPrefix);
    }

    private void insertCopy(String table, String where, List<String> tenants, String suffix, String tenantPrefix) {
        List<String> columns = columns(table);
        String values = columns.stream().map(column -> ID_COLUMNS.contains(column) ? column + " || :suffix"
                : column.equals("TENANT_ID_") ? ":tenantPrefix || TENANT_ID_" : column).collect(Collectors.joining(", "));
        jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") select " + values + " from " + table + where)
                .param("suffix", suffix).param("tenantPrefix", tenantPrefix).param("tenants", tenants).update();
    }

    private List<String> columns(String table) {
        return jdbc.sql("select * from " + table + " where 1 = 0").query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toUpperCase(java.util.Locale.ROOT));
            }
            return names;
        });
    }

    /** The highest copy number in the database (0: none yet), so a second run adds only what is missing. */
    private int copies() {
        return jdbc.sql("select distinct TENANT_ID_ from ACT_RU_TASK where TENANT_ID_ like :prefix")
                .param("prefix", TENANT_PREFIX + "%").query(String.class).list().stream()
                .mapToInt(EngineRowCopies::copyNumber).max().orElse(0);
    }

    private static int copyNumber(String tenant) {
        String rest = tenant.substring(TENANT_PREFIX.length());
        return Integer.parseInt(rest.substring(0, rest.indexOf('-')));
    }

    private long openTasks() {
        return jdbc.sql("select count(*) from ACT_RU_TASK").query(Long.class).single();
    }
}
