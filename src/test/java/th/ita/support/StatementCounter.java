package th.ita.support;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements prepared through a data source: each {@code prepareStatement}, {@code prepareCall} and
 * {@code createStatement} of its connections is one. Enough to see whether a read grows with its rows, without
 * adding a proxy library for it.
 * <p>
 * Wrap a service's own data source with it, or the application's (see {@link CountingDataSourceConfig}) to count
 * the engine's statements too; then {@link #watchThisThread()} keeps the job executor's statements out of the count.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

    private final AtomicInteger count = new AtomicInteger();
    /** The SQL of the statements counted since the last reset, to say which ones when a count is off. */
    private final List<String> sql = new CopyOnWriteArrayList<>();
    private final DataSource dataSource;
    private volatile Thread watched;

    public StatementCounter(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, args, result) ->
                method.equals("getConnection") ? proxy(Connection.class, (Connection) result, this::connectionCall) : result);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** From now on, count only the statements of the calling thread (a test's), not those of background threads. */
    public StatementCounter watchThisThread() {
        watched = Thread.currentThread();
        reset();
        return this;
    }

    /** The statements counted since the last reset, and starts again from 0. */
    public int reset() {
        sql.clear();
        return count.getAndSet(0);
    }

    /** The SQL counted since the last reset ({@code createStatement} has none yet: "(statement)"). */
    public List<String> statements() {
        return List.copyOf(sql);
    }

    private Object connectionCall(String method, Object[] args, Object result) {
        Thread only = watched;
        if (STATEMENTS.contains(method) && (only == null || only == Thread.currentThread())) {
            count.incrementAndGet();
            sql.add(args != null && args.length > 0 && args[0] instanceof String text
                    ? text.strip().replaceAll("\\s+", " ") : "(statement)");
        }
        return result;
    }

    private interface AfterCall {
        Object apply(String method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return after.apply(method.getName(), args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
