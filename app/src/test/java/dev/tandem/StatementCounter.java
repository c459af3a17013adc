package dev.tandem;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A view of a real data source that counts the SQL statements prepared through it, for tests that hold a
 * repository to a fixed number of queries: build the repository over {@link #dataSource()}, run it, read
 * {@link #count()}. Every call goes to the real database.
 */
public final class StatementCounter {

    private final DataSource target;
    private final AtomicInteger statements = new AtomicInteger();

    public StatementCounter(DataSource target) {
        this.target = target;
    }

    public DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                forward(target, (method, result) -> method.getName().equals("getConnection")
                        ? countingConnection((Connection) result) : result));
    }

    public int count() {
        return statements.get();
    }

    public void reset() {
        statements.set(0);
    }

    private Connection countingConnection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                forward(connection, (method, result) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                            || method.getName().equals("prepareCall")) {
                        statements.incrementAndGet();
                    }
                    return result;
                }));
    }

    private interface After {
        Object apply(Method method, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
