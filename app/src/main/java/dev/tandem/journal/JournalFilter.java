package dev.tandem.journal;

import java.time.Instant;

/**
 * Which journal entries an auditor looks at; every part is optional. {@code action} matches an action or the start
 * of one ("casefile." for every change to cases); {@code from} is inclusive, {@code to} exclusive.
 */
public record JournalFilter(String subjectType, String subjectId, String actor, String action, Instant from,
                            Instant to) {

    public static final JournalFilter NONE = new JournalFilter(null, null, null, null, null, null);

    public JournalFilter {
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
