package dev.tandem.journal;

import java.time.Instant;

import dev.tandem.common.Texts;

/**
 * Which journal entries an auditor looks at; every part is optional. {@code action} matches an action or the start
 * of one ("casefile." for every change to cases); {@code from} is inclusive, {@code to} exclusive.
 */
public record JournalFilter(String subjectType, String subjectId, String actor, String action, Instant from,
                            Instant to) {

    public static final JournalFilter NONE = new JournalFilter(null, null, null, null, null, null);

    public JournalFilter {
        subjectType = Texts.strippedOrNull(subjectType);
        subjectId = Texts.strippedOrNull(subjectId);
        actor = Texts.strippedOrNull(actor);
        action = Texts.strippedOrNull(action);
    }
}
