package dev.tandem.session;

import org.springframework.stereotype.Component;

import dev.tandem.common.NotFoundException;
import dev.tandem.identity.Permissions;
import dev.tandem.notes.NoteSubject;

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

    private static long number(String id, String field, String thing) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException(field, thing, id);
        }
    }

    @Component
    static class AgendaItemNoteSubject implements NoteSubject {

        private final Sessions sessions;
        private final Permissions permissions;

        AgendaItemNoteSubject(Sessions sessions, Permissions permissions) {
            this.sessions = sessions;
            this.permissions = permissions;
        }

        @Override
        public String kind() {
            return "agenda-item";
        }

        @Override
        public void requireVisible(String id) {
            item(id);
        }

        @Override
        public String pagePath(String id) {
            AgendaItem item = item(id);
            return (item.sessionId() == null ? "/forums/" + item.forumCode() + "/sessions"
                    : "/sessions/" + item.sessionId()) + "#" + itemAnchor(id);
        }

        private AgendaItem item(String id) {
            long itemId = number(id, "item", "agendaItem");
            if (!permissions.maySeeSessions()) {
                throw new NotFoundException("item", "agendaItem", id);
            }
            return sessions.item(itemId).orElseThrow(() -> new NotFoundException("item", "agendaItem", id));
        }
    }

    @Component
    static class StatementNoteSubject implements NoteSubject {

        private final Statements statements;
        private final Permissions permissions;

        StatementNoteSubject(Statements statements, Permissions permissions) {
            this.statements = statements;
            this.permissions = permissions;
        }

        @Override
        public String kind() {
            return "statement";
        }

        @Override
        public void requireVisible(String id) {
            long statementId = number(id, "statement", "statement");
            if (!permissions.maySeeSessions() || statements.byId(statementId).isEmpty()) {
                throw new NotFoundException("statement", "statement", id);
            }
        }

        @Override
        public String pagePath(String id) {
            requireVisible(id);
            return "/statements/" + id;
        }
    }
}
