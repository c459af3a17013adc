package dev.tandem.session;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.tandem.identity.Permissions;
import dev.tandem.notes.NumberedNoteSubject;

/**
 * Notes on an agenda item and on a joint statement (drafted, or published), for whoever may see the forum's
 * sessions (and, by the notes' rules, only a party's own). An agenda item's notes sit in its place on its session's
 * page, so each has an anchor of its own there; an item waiting for an agenda is on its forum's sessions page.
 */
final class SessionNoteSubjects {

    private SessionNoteSubjects() {
    }

    /** The anchor of an agenda item's notes on its page; the notes fragment names its section so. */
    static String itemAnchor(String id) {
        return "notes-agenda-item-" + id;
    }

    @Component
    static class AgendaItemNoteSubject extends NumberedNoteSubject<AgendaItem> {

        private final Sessions sessions;
        private final Permissions permissions;

        AgendaItemNoteSubject(Sessions sessions, Permissions permissions) {
            super("agenda-item", "item", "agendaItem");
            this.sessions = sessions;
            this.permissions = permissions;
        }

        @Override
        protected boolean maySee() {
            return permissions.maySeeSessions();
        }

        @Override
        protected Optional<AgendaItem> find(long id) {
            return sessions.item(id);
        }

        @Override
        public String pagePath(String id) {
            AgendaItem item = visible(id);
            return (item.sessionId() == null ? "/forums/" + item.forumCode() + "/sessions"
                    : "/sessions/" + item.sessionId()) + "#" + itemAnchor(id);
        }
    }

    @Component
    static class StatementNoteSubject extends NumberedNoteSubject<JointStatement> {

        private final Statements statements;
        private final Permissions permissions;

        StatementNoteSubject(Statements statements, Permissions permissions) {
            super("statement", "statement", "statement");
            this.statements = statements;
            this.permissions = permissions;
        }

        @Override
        protected boolean maySee() {
            return permissions.maySeeSessions();
        }

        @Override
        protected Optional<JointStatement> find(long id) {
            return statements.byId(id);
        }

        @Override
        public String pagePath(String id) {
            visible(id);
            return "/statements/" + id;
        }
    }
}
