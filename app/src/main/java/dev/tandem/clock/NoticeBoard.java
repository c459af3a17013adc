package dev.tandem.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.NotFoundException;
import dev.tandem.identity.CurrentUser;
import dev.tandem.identity.PartyMember;
import dev.tandem.identity.UserManagement;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * The notices of the signed-in user ("waiting for you"), and the one way the clock module tells parties something:
 * a notice for every member and co-chair of each party, mailed when e-mail is configured. A user sees and marks
 * only their own notices; another's is "not found".
 */
@Service
public class NoticeBoard {

    /** How many notices the home page and the API show. */
    static final int SHOWN = 50;

    private final Notices notices;
    private final UserManagement users;
    private final CurrentUser currentUser;
    private final NoticeMail mail;
    private final Executions executions;
    private final Journal journal;
    private final Clock clock;

    NoticeBoard(Notices notices, UserManagement users, CurrentUser currentUser, NoticeMail mail,
                Executions executions, Journal journal, Clock clock) {
        this.notices = notices;
        this.users = users;
        this.currentUser = currentUser;
        this.mail = mail;
        this.executions = executions;
        this.journal = journal;
        this.clock = clock;
    }

    /** The signed-in user's notices, unread first; empty for nobody. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NoticeView> mine() {
        return currentUser.username().map(u -> notices.of(u, SHOWN).stream().map(Notice::view).toList())
                .orElse(List.of());
    }

    /** How many of the signed-in user's notices are unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser.username().map(notices::unread).orElse(0L);
    }

    /** Marks one of the signed-in user's notices read; another user's is not found, a read one refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NoticeView markRead(long id) {
        String username = currentUser.username().orElseThrow(() -> new NotFoundException("id", "notice", id));
        Notice notice = notices.byIdForUpdate(id).filter(n -> n.username().equals(username))
                .orElseThrow(() -> new NotFoundException("id", "notice", id));
        Notice read = notice.read(clock.instant());
        notices.markRead(read);
        journal.record(Change.of("clock.notice-read", "notice", id));
        return read.view();
    }

    /**
     * Tells the members and co-chairs of these parties: one notice each, and an e-mail scheduled in the same
     * transaction when mail is configured (sent, and retried on failure, by the scheduler: a failing mail server
     * never loses the notice). Returns how many users were told.
     */
    int tell(Collection<String> parties, String title, String link, Instant dueAt) {
        if (!isRelativeLink(link)) {
            throw new IllegalArgumentException("a notice links to a page of Tandem (a path starting with /): " + link);
        }
        if (title == null || title.isBlank() || title.length() > 500) {
            throw new IllegalArgumentException("a notice needs a title of 1 to 500 characters: " + title);
        }
        Instant now = clock.instant();
        List<PartyMember> members = users.membersActingFor(parties);
        for (PartyMember member : members) {
            long id = notices.insert(member.username(), title, link, dueAt, now);
            if (mail.configured() && member.email() != null) {
                executions.scheduleNow(Executions.NOTICE_MAIL, id, now);
            }
        }
        return members.size();
    }

    /** Told by a module: a notice to the parties' members now. */
    int tell(PartiesNotified notified) {
        int told = tell(notified.parties(), notified.title(), notified.link(), null);
        journal.record(Change.of("clock.parties-notified", "notice", notified.link())
                .to(Map.of("parties", new java.util.TreeSet<>(notified.parties()), "title", notified.title(),
                        "users", told)));
        return told;
    }

    /** A path of Tandem's own ("/cases/C-1"), never another site ("//evil", "https://...") or a script. */
    static boolean isRelativeLink(String link) {
        return link != null && link.length() <= 500 && link.startsWith("/") && !link.startsWith("//")
                && !link.contains("\\") && link.chars().noneMatch(Character::isISOControl);
    }
}
