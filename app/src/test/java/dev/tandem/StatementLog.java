package dev.tandem;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends to the database: every statement prepared (a JDBC batch is
 * one) and every plain statement executed. Import it into a test's context to prove how many queries a request
 * takes; MockMvc serves a request on the test's thread, so the count is that request's and nobody else's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog {

    private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

    /** Starts counting anew on this thread. */
    public static void reset() {
        STATEMENTS.get().clear();
    }

    /** The statements sent by this thread since {@link #reset()}, in order. */
    public static List<String> statements() {
        return List.copyOf(STATEMENTS.get());
    }

    @Bean
    static BeanPostProcessor countingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !(bean instanceof Counting) ? new Counting(source) : bean;
            }
        };
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return counted(super.getConnection(user, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null) {
                    STATEMENTS.get().add((String) args[0]);
                }
                Object result = invoke(connection, method, args);
                if (name.equals("createStatement")) {
                    return plain((java.sql.Statement) result);
                }
                return result;
            };
            return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        private static java.sql.Statement plain(java.sql.Statement statement) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().startsWith("execute") && args != null && args.length > 0
                        && args[0] instanceof String sql) {
                    STATEMENTS.get().add(sql);
                }
                return invoke(statement, method, args);
            };
            return (java.sql.Statement) Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
                    new Class<?>[] {java.sql.Statement.class}, handler);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
