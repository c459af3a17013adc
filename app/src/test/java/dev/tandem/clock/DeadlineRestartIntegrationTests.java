package dev.tandem.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A deadline that passed while Tandem was down fires when it comes back, once. */
class DeadlineRestartIntegrationTests {

    @Test
    void firesOnRestartADeadlineThatPassedWhileTandemWasDown() {
        Map<String, String> database = ClockNode.h2("clock-restart-" + UUID.randomUUID());
        Instant due;
        try (ClockNode before = ClockNode.start(database)) {
            due = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
            before.set("test-restart", "passed", due);
        }
        // Tandem is down while the deadline passes
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(due.plusSeconds(1)));
        assertThat(ReachedDeadlines.of("test-restart", "passed")).isEmpty();

        try (ClockNode after = ClockNode.start(database)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !ReachedDeadlines.of("test-restart", "passed").isEmpty());
            // once nothing is left to run for it, nothing more can announce it
            await().atMost(Duration.ofSeconds(30)).until(() -> after.pending(Executions.DEADLINE) == 0);
        }
        assertThat(ReachedDeadlines.of("test-restart", "passed")).containsExactly(due);
    }
}
