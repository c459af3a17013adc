package dev.tandem.clock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders and notices reach the members and co-chairs of the parties named, and nobody else: in the app (home
 * page, {@code GET /api/notices}) and by e-mail to a real SMTP server (GreenMail on loopback); a mail server that is
 * down delays the e-mail and loses nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tandem.demo.enabled=true",
        "tandem.demo.password=" + IntegrationTest.PASSWORD,
        "tandem.screening.bundled-list=false",
        "tandem.clock.polling-interval=100ms",
        "tandem.clock.mail-retry=200ms",
        "tandem.clock.base-url=https://tandem.example.org",
        "spring.mail.host=127.0.0.1"})
@AutoConfigureMockMvc
@DirtiesContext
class NoticeIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static GreenMail smtp;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:notices-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @BeforeAll
    static void startMailServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(Object... published) {
        SystemActor.run(() -> transaction.executeWithoutResult(status -> {
            for (Object event : published) {
                events.publishEvent(event);
            }
        }));
    }

    /** Who received a mail with this subject, one entry per message. */
    private static List<String> recipientsOf(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m)))
                .flatMap(m -> Arrays.stream(recipients(m))).map(Address::toString).sorted().toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyOf(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m))).findFirst()
                .map(com.icegreen.greenmail.util.GreenMailUtil::getBody).orElseThrow().strip();
    }

    @Test
    void remindsTheMembersOfThePartiesNamedByMailAndInTheApp() throws Exception {
        String title = "Reminder " + UUID.randomUUID();
        // two working days before a deadline a day away has passed already: the reminder comes at once
        publish(new DeadlineSet("test-reminder", title, Instant.now().plus(Duration.ofDays(1)), title,
                "/forums/rok-us-working-group", Set.of("ROK")));

        await().atMost(WAIT).until(() -> recipientsOf(title).size() >= 2);
        assertThat(recipientsOf(title)).containsExactly("rok.cochair@example.org", "rok.member@example.org");
        assertThat(bodyOf(title)).isEqualTo("https://tandem.example.org/forums/rok-us-working-group");

        mvc.perform(get("/api/notices").with(httpBasic("rok.member", IntegrationTest.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        for (String outsider : List.of("us.member", "us.cochair", "secretariat", "auditor", "admin", "applicant")) {
            mvc.perform(get("/api/notices").with(httpBasic(outsider, IntegrationTest.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(title))));
        }
    }

    @Test
    void tellsAPartyNowOnTheHomePageAndByMailAndNoOtherParty() throws Exception {
        String title = "Partner notice " + UUID.randomUUID();
        publish(new PartiesNotified(Set.of("US"), title, "/forums"));

        await().atMost(WAIT).until(() -> recipientsOf(title).size() >= 2);
        assertThat(recipientsOf(title)).containsExactly("us.cochair@example.org", "us.member@example.org");
        mvc.perform(get("/").with(httpBasic("us.cochair", IntegrationTest.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/").header("Accept-Language", "ko").with(httpBasic("us.cochair", IntegrationTest.PASSWORD)))
                .andExpect(content().string(containsString("처리할 일")));
        mvc.perform(get("/").with(httpBasic("rok.cochair", IntegrationTest.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void letsOnlyItsOwnUserMarkANoticeRead() throws Exception {
        String title = "To read " + UUID.randomUUID();
        publish(new PartiesNotified(Set.of("US"), title, "/forums"));
        long id = jdbc.sql("SELECT id FROM notice WHERE username = 'us.member' AND title = :t").param("t", title)
                .query(Long.class).single();

        mvc.perform(post("/api/notices/" + id + "/read").with(httpBasic("rok.member", IntegrationTest.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/notices/" + id + "/read").with(httpBasic("us.cochair", IntegrationTest.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/notices/" + id + "/read").with(httpBasic("us.member", IntegrationTest.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").isNotEmpty());
        mvc.perform(post("/api/notices/" + id + "/read").with(httpBasic("us.member", IntegrationTest.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = 'us.cochair' AND title = :t AND read_at IS NULL")
                .param("t", title).query(Long.class).single()).isOne();
    }

    @Test
    void neverRemindsOfADeadlineCancelledOrMovedAway() {
        String cancelled = "Cancelled " + UUID.randomUUID();
        String movedAway = "Moved away " + UUID.randomUUID();
        String sentinel = "Sentinel " + UUID.randomUUID();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        publish(new DeadlineSet("test-reminder", cancelled, tomorrow, cancelled, "/forums", Set.of("ROK")),
                new DeadlineCancelled("test-reminder", cancelled));
        publish(new DeadlineSet("test-reminder", movedAway, tomorrow, movedAway, "/forums", Set.of("ROK")),
                new DeadlineSet("test-reminder", movedAway, tomorrow.plus(Duration.ofDays(60)), movedAway, "/forums",
                        Set.of("ROK")));
        publish(new DeadlineSet("test-reminder", sentinel, tomorrow, sentinel, "/forums", Set.of("ROK")));

        await().atMost(WAIT).until(() -> recipientsOf(sentinel).size() >= 2);
        assertThat(recipientsOf(cancelled)).isEmpty();
        assertThat(recipientsOf(movedAway)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE title IN (:t)").param("t", List.of(cancelled, movedAway))
                .query(Long.class).single()).isZero();
    }

    @Test
    void keepsTheNoticeAndMailsItLaterWhenTheMailServerIsDown() throws Exception {
        String title = "While down " + UUID.randomUUID();
        smtp.stop();
        try {
            publish(new PartiesNotified(Set.of("ROK"), title, "/forums"));
            mvc.perform(get("/api/notices").with(httpBasic("rok.cochair", IntegrationTest.PASSWORD)))
                    .andExpect(content().string(containsString(title)));
            await().atMost(WAIT).until(() -> jdbc.sql("""
                    SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'notice-mail' AND consecutive_failures > 0""")
                    .query(Long.class).single() > 0);
        } finally {
            smtp.start();
        }
        await().atMost(WAIT).until(() -> recipientsOf(title).size() >= 2);
        assertThat(recipientsOf(title)).containsExactly("rok.cochair@example.org", "rok.member@example.org");
    }
}
