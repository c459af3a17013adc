package dev.tandem.clock;

import java.time.Instant;

/**
 * A notice as its user sees it.
 *
 * @param link  the page to open, relative to Tandem's address
 * @param dueAt the deadline a reminder is about; null for other notices
 * @param readAt when its user marked it read; null while unread
 */
public record NoticeView(long id, String title, String link, Instant dueAt, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The deadline in UTC, for pages (a viewer's own zone once pages know it). */
    public java.time.OffsetDateTime dueAtUtc() {
        return dueAt == null ? null : dueAt.atOffset(java.time.ZoneOffset.UTC);
    }
}
