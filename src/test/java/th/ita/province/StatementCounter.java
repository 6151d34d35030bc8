package th.ita.province;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements prepared through a data source: each {@code prepareStatement}, {@code prepareCall} and
 * {@code createStatement} of its connections is one. Enough to see whether a read grows with its rows, without
 * adding a proxy library for it.
 */
final class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

    private final AtomicInteger count = new AtomicInteger();
    private final DataSource dataSource;

    StatementCounter(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, result) ->
                method.equals("getConnection") ? proxy(Connection.class, (Connection) result, this::connectionCall) : result);
    }

    DataSource dataSource() {
        return dataSource;
    }

    int reset() {
        return count.getAndSet(0);
    }

    private Object connectionCall(String method, Object result) {
        if (STATEMENTS.contains(method)) {
            count.incrementAndGet();
        }
        return result;
    }

    private interface AfterCall {
        Object apply(String method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return after.apply(method.getName(), method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
