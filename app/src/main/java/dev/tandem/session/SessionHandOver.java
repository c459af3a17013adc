package dev.tandem.session;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.forum.ForumHandedOver;
import dev.tandem.forum.ForumOpenWork;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * The session module's part of a hand-over (ADR 0017). In the hand-over's transaction: the terminated forum's
 * scheduled sessions are cancelled (it meets no more); every agenda item not yet discussed, on those sessions, on
 * held ones or waiting, moves to the successor's next agenda naming where it came from; draft joint statements move
 * to the successor with their versions and signatures. Each move is journaled. It also tells the forum module what
 * is still open, so a forum with open work is not terminated without a successor.
 */
@Component
class SessionHandOver implements ForumOpenWork {

    private final Sessions sessions;
    private final Statements statements;
    private final Journal journal;

    SessionHandOver(Sessions sessions, Statements statements, Journal journal) {
        this.sessions = sessions;
        this.statements = statements;
        this.journal = journal;
    }

    @EventListener
    @Transactional
    public void moveOpenWork(ForumHandedOver handOver) {
        String from = handOver.forumCode();
        String to = handOver.successorCode();
        String why = from + " handed its work over to " + to;
        for (ForumSession session : sessions.ofForum(from)) {
            if (session.status() == SessionStatus.SCHEDULED) {
                SessionManagement.SessionState before = SessionManagement.SessionState.of(session);
                session.cancel(why);
                ForumSession saved = sessions.save(session);
                journal.record(Change.of("session.cancelled", "session", saved.id()).from(before)
                        .to(SessionManagement.SessionState.of(saved)).because(why));
            }
        }
        List<AgendaItem> open = new ArrayList<>(sessions.waiting(from));
        for (ForumSession session : sessions.ofForum(from)) {
            open.addAll(session.undiscussed());
        }
        for (AgendaItem item : open) {
            AgendaItem moved = item;
            moved.carryOverTo(to);
            sessions.saveItem(moved, null);
            journal.record(Change.of("session.agenda-item-carried-over", "agenda-item", item.id())
                    .to(SessionManagement.ItemState.of(moved)).because(why + " (from session "
                            + moved.carriedFromSession() + ")"));
        }
        for (JointStatement statement : statements.ofForum(from)) {
            if (!statement.isPublished()) {
                statement.carryOverTo(to);
                JointStatement saved = statements.save(statement);
                journal.record(Change.of("statement.carried-over", "statement", saved.id())
                        .to(JointStatements.StatementState.of(saved)).because(why));
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> openWork(String forumCode) {
        List<String> open = new ArrayList<>();
        for (ForumSession session : sessions.ofForum(forumCode)) {
            if (session.status() == SessionStatus.SCHEDULED) {
                open.add("session " + session.id() + " scheduled for " + session.localStart() + " "
                        + session.zone().getId() + ": " + session.title());
            }
            for (AgendaItem item : session.undiscussed()) {
                open.add("agenda item " + item.id() + " not yet discussed: " + item.title());
            }
        }
        for (AgendaItem item : sessions.waiting(forumCode)) {
            open.add("agenda item " + item.id() + " waiting for the next agenda: " + item.title());
        }
        for (JointStatement statement : statements.ofForum(forumCode)) {
            if (!statement.isPublished()) {
                open.add("joint statement " + statement.id() + " in draft: " + statement.title());
            }
        }
        return open;
    }
}
