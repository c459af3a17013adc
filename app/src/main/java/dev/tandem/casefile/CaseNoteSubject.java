package dev.tandem.casefile;

import org.springframework.stereotype.Component;

import dev.tandem.notes.NoteSubject;

/** Notes on a case may be written and read by whoever may see the case (and, by the notes' rules, only by a party). */
@Component
class CaseNoteSubject implements NoteSubject {

    private final CaseAccess access;

    CaseNoteSubject(CaseAccess access) {
        this.access = access;
    }

    @Override
    public String kind() {
        return "case";
    }

    @Override
    public void requireVisible(String id) {
        access.visibleId(id);
    }

    @Override
    public String pagePath(String id) {
        return "/cases/" + id;
    }
}
