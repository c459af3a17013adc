package dev.tandem.clock;

import java.time.Instant;

/**
 * Published by the clock module, once, when a deadline set with {@link DeadlineSet} comes (or on start-up when it
 * came while Tandem was down). Listeners must still check that the thing is still waiting: a deadline may be reached
 * just after the procedure ended another way.
 */
public record DeadlineReached(String kind, String key, Instant dueAt) {
}
