package dev.tandem.casefile;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server builds the case search index in the background as soon as it listens, without waiting for a search
 * (ADR 0020): the index holds the cases that were there at the start before anyone searched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseSearchBackgroundBuildIntegrationTests {

    @Autowired
    CaseSearch search;

    @Test
    void buildsTheIndexAtStartWithoutASearch() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
        while ((search.building().isPresent() || search.indexBytes() == 0) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertThat(search.building()).isEmpty();
        assertThat(search.indexBytes()).isPositive();
    }
}
