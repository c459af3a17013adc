package dev.tandem.clock;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.SystemActor;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * What the scheduler's executions do, each in one transaction with the row of its deadline locked: announce a
 * deadline ({@link DeadlineReached}, heard by its module in the same transaction) or send its reminder. An
 * execution for a moment the deadline no longer holds (moved, cancelled, reached already) does nothing, so a
 * deadline is announced once even when an execution runs twice (its node died after the commit).
 */
@Component
class DeadlineFiring {

    private final Deadlines deadlines;
    private final NoticeBoard notices;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Journal journal;
    private final Clock clock;

    DeadlineFiring(Deadlines deadlines, NoticeBoard notices, ApplicationEventPublisher events,
                   TransactionTemplate transaction, Journal journal, Clock clock) {
        this.deadlines = deadlines;
        this.notices = notices;
        this.events = events;
        this.transaction = transaction;
        this.journal = journal;
        this.clock = clock;
    }

    void reach(Executions.Moment moment) {
        SystemActor.run(() -> transaction.executeWithoutResult(status ->
                deadlines.byIdForUpdate(moment.id()).filter(d -> d.reachableAt(moment.at())).ifPresent(d -> {
                    deadlines.update(d.reached(clock.instant()));
                    journal.record(Change.of("clock.deadline-reached", "deadline", d.kind() + "/" + d.key())
                            .to(Map.of("dueAt", d.dueAt().toString())));
                    events.publishEvent(new DeadlineReached(d.kind(), d.key(), d.dueAt()));
                })));
    }

    void remind(Executions.Moment moment) {
        SystemActor.run(() -> transaction.executeWithoutResult(status ->
                deadlines.byIdForUpdate(moment.id()).filter(d -> d.remindableAt(moment.at())).ifPresent(d -> {
                    deadlines.update(d.reminded(clock.instant()));
                    int told = notices.tell(d.remindParties(), d.title(), d.link(), d.dueAt());
                    journal.record(Change.of("clock.reminder-sent", "deadline", d.kind() + "/" + d.key())
                            .to(Map.of("dueAt", d.dueAt().toString(),
                                    "parties", new java.util.TreeSet<>(d.remindParties()), "users", told)));
                })));
    }
}
