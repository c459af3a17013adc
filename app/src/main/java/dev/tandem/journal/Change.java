package dev.tandem.journal;

import java.util.Objects;

/**
 * One state change to put on the record.
 *
 * @param action      what happened, as "module.verb-phrase" ("forum.event-recorded", "identity.user-locked")
 * @param subjectType the kind of thing that changed ("forum", "user")
 * @param subjectId   its identifier
 * @param before      its state before (any value Jackson can write), or null when it did not exist
 * @param after       its state after, or null when it no longer exists
 * @param reason      why, in the words of the person (or rule) that made the change; may be null
 */
public record Change(String action, String subjectType, String subjectId, Object before, Object after, String reason) {

    public Change {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    public static Change of(String action, String subjectType, Object subjectId) {
        return new Change(action, subjectType, String.valueOf(subjectId), null, null, null);
    }

    public Change from(Object before) {
        return new Change(action, subjectType, subjectId, before, after, reason);
    }

    public Change to(Object after) {
        return new Change(action, subjectType, subjectId, before, after, reason);
    }

    public Change because(String reason) {
        return new Change(action, subjectType, subjectId, before, after, reason);
    }
}
