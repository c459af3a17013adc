package dev.tandem.clock;

import java.time.Instant;
import java.util.Set;

/**
 * A deadline as the clock module keeps it: what {@link DeadlineSet} asked for, when its reminder is due, and whether
 * its reminder went out and the deadline was announced. Whether an execution of the scheduler still means something
 * is decided here: the execution names the moment it was scheduled for, and only the moment the deadline holds now
 * counts.
 */
record Deadline(Long id, String kind, String key, Instant dueAt, String title, String link, Set<String> remindParties,
                Instant remindAt, Instant remindedAt, Instant reachedAt) {

    /** Whether an execution scheduled for {@code scheduledFor} should announce this deadline now. */
    boolean reachableAt(Instant scheduledFor) {
        return reachedAt == null && dueAt.equals(scheduledFor);
    }

    /** Whether an execution scheduled for {@code scheduledFor} should send this deadline's reminder now. */
    boolean remindableAt(Instant scheduledFor) {
        return reachedAt == null && remindedAt == null && remindAt != null && remindAt.equals(scheduledFor);
    }

    Deadline reached(Instant now) {
        if (reachedAt != null) {
            throw new IllegalStateException("deadline " + kind + "/" + key + " was reached at " + reachedAt);
        }
        return new Deadline(id, kind, key, dueAt, title, link, remindParties, remindAt, remindedAt, now);
    }

    Deadline reminded(Instant now) {
        if (remindedAt != null) {
            throw new IllegalStateException("deadline " + kind + "/" + key + " was reminded at " + remindedAt);
        }
        return new Deadline(id, kind, key, dueAt, title, link, remindParties, remindAt, now, reachedAt);
    }

    /** The deadline set anew: a new moment, a new reminder, and nothing announced for it yet. */
    Deadline movedTo(DeadlineSet set, Instant newRemindAt) {
        return new Deadline(id, kind, key, set.dueAt(), set.title(), set.link(), set.remindParties(), newRemindAt,
                null, null);
    }
}
