package dev.tandem.clock;

import java.time.Instant;

import dev.tandem.common.RuleViolationException;

/** Something a user was told: a reminder of a deadline, or a notice to the user's party. */
record Notice(long id, String username, String title, String link, Instant dueAt, Instant createdAt,
              Instant readAt) {

    Notice read(Instant now) {
        if (readAt != null) {
            throw new RuleViolationException("id", "refusal.clock.noticeAlreadyRead", id);
        }
        return new Notice(id, username, title, link, dueAt, createdAt, now);
    }

    NoticeView view() {
        return new NoticeView(id, title, link, dueAt, createdAt, readAt);
    }
}
