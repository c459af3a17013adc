package dev.tandem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line starts Tandem without a web server, runs one command and reports its exit code. */
class TandemApplicationTests {

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void runsACommandWithoutAWebServer() {
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:cli-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        assertThat(TandemApplication.runCommand(new String[] {"journal", "verify"})).isZero();
    }

    @Test
    void loadsNoDemoContentForACommand() {
        String url = "jdbc:h2:mem:cli-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        System.setProperty("spring.datasource.url", url);
        assertThat(TandemApplication.runCommand(new String[] {"journal", "verify"})).isZero();
        try (var connection = java.sql.DriverManager.getConnection(url, "tandem", "");
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM app_user")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void exitsTwoOnWrongUsage() {
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:cli-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        assertThat(TandemApplication.runCommand(new String[] {"journal", "frobnicate"})).isEqualTo(2);
    }
}
