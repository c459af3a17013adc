package dev.tandem.forum;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a forum stands. Each status is entered by the timeline event of the same name; the set of statuses that
 * may follow each one is the whole of the timeline rules.
 */
public enum ForumStatus {
    ESTABLISHED, ACTIVE, SUSPENDED, CUT_OFF, RESTORED, TERMINATED;

    /** The statuses a forum in this status may move to next. Nothing follows termination. */
    public Set<ForumStatus> next() {
        switch (this) {
            case ESTABLISHED:
                return EnumSet.of(ACTIVE, SUSPENDED, CUT_OFF, TERMINATED);
            case ACTIVE:
                return EnumSet.of(SUSPENDED, CUT_OFF, TERMINATED);
            case SUSPENDED:
                return EnumSet.of(ACTIVE, RESTORED, CUT_OFF, TERMINATED);
            case CUT_OFF:
                return EnumSet.of(RESTORED, SUSPENDED, TERMINATED);
            case RESTORED:
                return EnumSet.of(SUSPENDED, CUT_OFF, TERMINATED);
            default:
                return EnumSet.noneOf(ForumStatus.class);
        }
    }

    /** Statuses in which the forum can take up work (cases, sessions). */
    public boolean isOpen() {
        return this == ESTABLISHED || this == ACTIVE || this == RESTORED;
    }
}
