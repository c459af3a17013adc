package dev.tandem.screening;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.match.Hit;

/**
 * Raises a hit on a name Tandem keeps screening, unless one stands already for the same entry content or the name
 * was found a false positive for it: stored, journaled and announced ({@link ScreeningHitRaised}) in the caller's
 * transaction. Used when a name is registered and when a list version adds or changes entries.
 */
@Component
class HitRaising {

    private final ScreeningRecords records;
    private final Journal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HitRaising(ScreeningRecords records, Journal journal, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    Optional<HitView> raise(Subject subject, Hit hit, ListEntry entry, Long versionId) {
        if (entry == null || versionId == null) {
            return Optional.empty();
        }
        String fingerprint = entry.fingerprint();
        if (records.standingHit(subject.id(), hit.source(), hit.reference(), fingerprint).isPresent()
                || records.knownFalsePositive(ScreeningManagement.nameKey(subject.name()), hit.source(),
                hit.reference(), fingerprint)) {
            return Optional.empty();
        }
        HitView raised = records.insertHit(subject, hit, fingerprint, versionId, clock.instant());
        journal.record(Change.of("screening.hit-raised", "screening-hit", raised.id()).to(raised)
                .because(hit.explanation().toString()));
        events.publishEvent(new ScreeningHitRaised(subject.ref(), subject.name(), hit.source(), hit.reference(),
                raised.id()));
        return Optional.of(raised);
    }
}
