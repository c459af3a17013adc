package dev.tandem.exemption;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicRequestLimiterTests {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final PublicRequestLimiter limiter = new PublicRequestLimiter(3, 2 * SECOND, 2, now::get);

    @Test
    void allowsABurstThenRefusesWithTheSecondsToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a")).isEmpty();
        }
        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(2));
        now.addAndGet(SECOND / 2);
        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(2));
        now.addAndGet(SECOND);
        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void refillsOneRequestPerIntervalUpToTheBurst() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        now.addAndGet(2 * SECOND);
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isPresent();
        now.addAndGet(60 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a")).isEmpty();
        }
        assertThat(limiter.acquire("a")).isPresent();
    }

    @Test
    void keepsEachAddressInItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        assertThat(limiter.acquire("a")).isPresent();
        assertThat(limiter.acquire("b")).isEmpty();
    }

    @Test
    void forgetsTheLeastRecentlySeenAddressBeyondItsCapacity() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        limiter.acquire("b");
        limiter.acquire("c");
        assertThat(limiter.acquire("a")).as("a was forgotten and starts again").isEmpty();
    }

    @Test
    void refusesANonsensicalConfiguration() {
        assertThatThrownBy(() -> new PublicRequestLimiter(0, SECOND, 1, now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
