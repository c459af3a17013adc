package dev.tandem.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines on one node (H2): a moved deadline fires at its new moment only, a cancelled one never. Whether one
 * that should not fire did is judged once a later deadline, set as a sentinel, has fired: the scheduler takes due
 * executions in order of their moment.
 */
class DeadlineFiringIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static ClockNode node;

    @BeforeAll
    static void start() {
        node = ClockNode.start(ClockNode.h2("clock-firing-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static Instant inSeconds(long seconds) {
        return Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void firesAMovedDeadlineAtItsNewMomentOnly() {
        node.set("test-moved", "later", inSeconds(1));
        node.set("test-moved", "sooner", inSeconds(3600));
        Instant later = inSeconds(3600);
        node.set("test-moved", "later", later);
        Instant sooner = inSeconds(2);
        node.set("test-moved", "sooner", sooner);
        node.set("test-moved", "sentinel", inSeconds(3));

        await().atMost(WAIT).until(() -> !ReachedDeadlines.of("test-moved", "sentinel").isEmpty());
        assertThat(ReachedDeadlines.of("test-moved", "sooner")).containsExactly(sooner);
        assertThat(ReachedDeadlines.of("test-moved", "later")).isEmpty();
    }

    @Test
    void neverFiresACancelledDeadline() {
        node.set("test-cancelled", "cancelled", inSeconds(1));
        node.publish(new DeadlineCancelled("test-cancelled", "cancelled"));
        node.set("test-cancelled", "sentinel", inSeconds(2));

        await().atMost(WAIT).until(() -> !ReachedDeadlines.of("test-cancelled", "sentinel").isEmpty());
        assertThat(ReachedDeadlines.of("test-cancelled", "cancelled")).isEmpty();
    }

    @Test
    void keepsNoDeadlineWhoseTransactionRolledBack() {
        node.publishAndRollBack(new DeadlineSet("test-rolled-back", "gone", inSeconds(1), "Rolled back", "/forums",
                java.util.Set.of()));
        node.set("test-rolled-back", "sentinel", inSeconds(2));

        await().atMost(WAIT).until(() -> !ReachedDeadlines.of("test-rolled-back", "sentinel").isEmpty());
        assertThat(ReachedDeadlines.of("test-rolled-back", "gone")).isEmpty();
    }
}
