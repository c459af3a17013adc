package dev.tandem.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * Turns {@link DeadlineSet} and {@link DeadlineCancelled} into stored deadlines and scheduled executions, inside the
 * transaction that publishes them: a deadline exists exactly when the change that set it was committed.
 */
@Component
class DeadlineScheduling {

    private final Deadlines deadlines;
    private final Executions executions;
    private final ReminderSchedule reminders;
    private final Journal journal;
    private final Clock clock;

    DeadlineScheduling(Deadlines deadlines, Executions executions, ReminderSchedule reminders, Journal journal,
                       Clock clock) {
        this.deadlines = deadlines;
        this.executions = executions;
        this.reminders = reminders;
        this.journal = journal;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(DeadlineSet set) {
        check(set);
        // the databases keep microseconds at best: a moment is kept to the millisecond, the same in row and execution
        Instant due = set.dueAt().truncatedTo(ChronoUnit.MILLIS);
        Set<String> parties = set.remindParties() == null ? Set.of() : Set.copyOf(set.remindParties());
        DeadlineSet asSet = new DeadlineSet(set.kind(), set.key(), due, set.title(), set.link(), parties);
        Instant remindAt = reminders.remindAt(due, parties, clock.instant())
                .map(at -> at.truncatedTo(ChronoUnit.MILLIS)).orElse(null);
        Optional<Deadline> existing = deadlines.byKindAndKeyForUpdate(set.kind(), set.key());
        Deadline stored;
        if (existing.isPresent()) {
            cancelExecutions(existing.get());
            stored = existing.get().movedTo(asSet, remindAt);
            deadlines.update(stored);
        } else {
            stored = deadlines.insert(new Deadline(null, set.kind(), set.key(), due, set.title(), set.link(), parties,
                    remindAt, null, null));
        }
        executions.schedule(Executions.DEADLINE, new Executions.Moment(stored.id(), due));
        if (remindAt != null) {
            executions.schedule(Executions.REMINDER, new Executions.Moment(stored.id(), remindAt));
        }
        journal.record(Change.of(existing.isPresent() ? "clock.deadline-moved" : "clock.deadline-set", "deadline",
                        set.kind() + "/" + set.key())
                .from(existing.map(DeadlineScheduling::entry).orElse(null)).to(entry(stored)));
    }

    @EventListener
    @Transactional
    void on(DeadlineCancelled cancelled) {
        deadlines.byKindAndKeyForUpdate(cancelled.kind(), cancelled.key()).ifPresent(d -> {
            cancelExecutions(d);
            deadlines.delete(d.id());
            journal.record(Change.of("clock.deadline-cancelled", "deadline", d.kind() + "/" + d.key())
                    .from(entry(d)));
        });
    }

    private void cancelExecutions(Deadline d) {
        if (d.reachedAt() == null) {
            executions.cancel(Executions.DEADLINE, new Executions.Moment(d.id(), d.dueAt()));
        }
        if (d.remindAt() != null && d.remindedAt() == null) {
            executions.cancel(Executions.REMINDER, new Executions.Moment(d.id(), d.remindAt()));
        }
    }

    private static Map<String, Object> entry(Deadline d) {
        Map<String, Object> entry = new java.util.LinkedHashMap<>();
        entry.put("dueAt", d.dueAt().toString());
        entry.put("title", d.title());
        entry.put("link", d.link());
        entry.put("remindParties", new java.util.TreeSet<>(d.remindParties()));
        entry.put("remindAt", d.remindAt() == null ? null : d.remindAt().toString());
        return entry;
    }

    /** A module's mistake, not a user's: refused loudly so that the module's transaction does not commit it. */
    private static void check(DeadlineSet set) {
        require(set.kind() != null && !set.kind().isBlank() && set.kind().length() <= 60, "kind", set);
        require(set.key() != null && !set.key().isBlank() && set.key().length() <= 200, "key", set);
        require(set.dueAt() != null, "dueAt", set);
        require(set.title() != null && !set.title().isBlank() && set.title().length() <= 500, "title", set);
        require(NoticeBoard.isRelativeLink(set.link()), "link", set);
        require(set.remindParties() == null || String.join(",", set.remindParties()).length() <= 200,
                "remindParties", set);
    }

    private static void require(boolean holds, String field, DeadlineSet set) {
        if (!holds) {
            throw new IllegalArgumentException("DeadlineSet with an unusable " + field + ": " + set);
        }
    }
}
