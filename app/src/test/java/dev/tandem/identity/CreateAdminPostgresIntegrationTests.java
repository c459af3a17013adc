package dev.tandem.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.PostgresDatabase;
import dev.tandem.TandemApplication;
import dev.tandem.system.CommandLine;
import dev.tandem.system.CommandLineHarness;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start (issue 7): an EMPTY PostgreSQL database, TANDEM_DEMO=false. {@code create-admin} runs as the
 * {@code ./tandem} script runs it (a command-line application without a web server), then a server starts on the
 * same database and the new administrator signs in over HTTP.
 */
class CreateAdminPostgresIntegrationTests {

    @Test
    void givesAnEmptyDatabaseWithoutDemoItsFirstAdministrator() throws Exception {
        List<String> settings = new ArrayList<>(List.of("--tandem.demo.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        for (Map.Entry<String, String> p : PostgresDatabase.freshDatabase().entrySet()) {
            settings.add("--" + p.getKey() + "=" + p.getValue());
        }

        String password;
        try (ConfigurableApplicationContext cli = new SpringApplicationBuilder(TandemApplication.class)
                .web(WebApplicationType.NONE).run(settings.toArray(String[]::new))) {
            JdbcClient jdbc = cli.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM party").query(Long.class).single()).isZero();
            CommandLineHarness harness = new CommandLineHarness(cli.getBean(CommandLine.class));

            assertThat(harness.run("create-admin", "first.admin", "--party", "ROK")).isEqualTo(2);
            assertThat(harness.err()).contains("--party-name");

            assertThat(harness.run("create-admin", "first.admin", "--party", "ROK", "--name", "Kim Admin",
                    "--party-name", "Republic of Korea", "--party-name-ko", "대한민국")).isZero();
            password = harness.out().strip().substring("first.admin: ".length());
            assertThat(jdbc.sql("SELECT name_ko FROM party WHERE code = 'ROK'").query(String.class).single())
                    .isEqualTo("대한민국");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(1);
        }

        settings.add("--server.port=0");
        settings.add("--server.address=127.0.0.1");
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(TandemApplication.class)
                .run(settings.toArray(String[]::new))) {
            String port = server.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                    .header("Authorization", basic("first.admin", password)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"role\":\"ADMINISTRATOR\"", "\"party\":\"ROK\"");
            HttpResponse<String> demo = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                    .header("Authorization", basic("admin", password)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(demo.statusCode()).as("no demo users").isEqualTo(401);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
