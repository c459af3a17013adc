package dev.tandem.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Tandem nodes on one real PostgreSQL database, both polling every 100 ms: each deadline is announced once, by
 * one of them. Judged once no execution is left in the scheduler's table (after that nothing can announce them).
 */
class DeadlineTwoNodesPostgresIntegrationTests {

    @Test
    void announcesEachDeadlineOnceWithTwoNodesOnOneDatabase() {
        Map<String, String> database = PostgresDatabase.freshDatabase();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (ClockNode first = ClockNode.start(database); ClockNode second = ClockNode.start(database)) {
            Instant due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String key = run + "-" + i;
                keys.add(key);
                (i % 2 == 0 ? first : second).set("test-two-nodes", key, due.plusMillis(50L * i));
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> keys.stream()
                    .noneMatch(key -> ReachedDeadlines.of("test-two-nodes", key).isEmpty()));
            await().atMost(Duration.ofSeconds(30)).until(() -> first.pending(Executions.DEADLINE) == 0);

            for (int i = 0; i < keys.size(); i++) {
                assertThat(ReachedDeadlines.of("test-two-nodes", keys.get(i))).as(keys.get(i))
                        .containsExactly(due.plusMillis(50L * i));
            }
        }
    }
}
