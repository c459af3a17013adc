package dev.tandem.forum;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated entry in a forum's status timeline: the forum entered {@code status} on {@code on}.
 *
 * @param status the status entered
 * @param on     the day it happened
 * @param note   what happened, in a sentence ("Lines cut by the DPRK"), may be null
 */
public record TimelineEvent(ForumStatus status, LocalDate on, String note) {

    public TimelineEvent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
    }
}
