package dev.tandem.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.tandem.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while users are signed in: API calls get a 503 problem and pages the 503 page in the
 * user's language, and once the database is back the same sessions work again without a restart. The test keeps
 * the outage to a few seconds (the behaviour is the same for 30 s: the pool waits at most 10 s per request (2 s here) and
 * reconnects whenever the database answers; the 30-second outage is measured by hand, see docs/performance.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tandem.demo.enabled=true",
        "tandem.demo.password=" + IntegrationTest.PASSWORD,
        "spring.datasource.hikari.connection-timeout=2000"})
class DatabaseOutageIntegrationTests {

    private static final Path DATA;
    private static int pgPort;
    private static EmbeddedPostgres postgres;

    static {
        try {
            DATA = Files.createTempDirectory("tandem-outage-pg");
            postgres = start(0);
            pgPort = postgres.getPort();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE tandem");
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not start PostgreSQL for the outage test", e);
        }
    }

    @LocalServerPort
    int port;

    private static EmbeddedPostgres start(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false);
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "tandem"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void answers503WhileTheDatabaseIsAwayAndRecoversByItself() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String csrf = signIn(browser, "secretariat");
        assertThat(send(browser, "/?lang=ko", "text/html").statusCode()).as("language chosen").isEqualTo(200);
        assertThat(send(browser, "/api/cases", "application/json").statusCode()).isEqualTo(200);

        postgres.close();
        try {
            HttpResponse<String> api = send(browser, "/api/cases", "application/json");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.body()).contains("\"status\":503").contains("database cannot be reached")
                    .doesNotContain("Exception").doesNotContain("at org.");

            HttpResponse<String> page = send(browser, "/cases", "text/html");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("lang=\"ko\"").contains("일시적으로 사용할 수 없음")
                    .doesNotContain("Exception");
            HttpResponse<String> english = send(HttpClient.newHttpClient(), "/login", "text/html");
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.body()).contains("lang=\"en\"").contains("Temporarily unavailable");

            HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    url("/api/cases"))).header("Accept", "application/json").header("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString(("secretariat:" + IntegrationTest.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(basic.statusCode()).as(basic.body()).isEqualTo(503);
        } finally {
            postgres = start(pgPort);
        }

        // the same signed-in session as before the outage (it lives in the database, which kept it)
        CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
        HttpResponse<String> back = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            back = send(browser, "/api/cases", "application/json");
            if (back.statusCode() == 200) {
                break;
            }
            assertThat(back.statusCode()).as("while the pool reconnects: " + back.body()).isEqualTo(503);
            Thread.sleep(500);
        }
        assertThat(back.statusCode()).as("answers again once the database is back").isEqualTo(200);
        assertThat(cookies.getCookieStore().getCookies()).isNotEmpty();
        assertThat(csrf).isNotBlank();
    }

    private HttpResponse<String> send(HttpClient client, String path, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with the form, as a browser does; returns the CSRF token of the session. */
    private String signIn(HttpClient client, String user) throws Exception {
        String login = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + user + "&password=" + URLEncoder.encode(IntegrationTest.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + meta(login, "_csrf");
        client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String home = client.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return meta(home, "_csrf");
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("meta " + name + " in the page").isTrue();
        return m.group(1);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
