package dev.tandem.notes;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.Refusals;

/**
 * The notes form of a page ({@code fragments/notes}): writes or edits, then goes back to the page's notes (htmx
 * swaps just that section; without scripts the whole page comes back).
 */
@Controller
class NoteController {

    private final InternalNotes notes;
    private final Refusals refusals;

    NoteController(InternalNotes notes, Refusals refusals) {
        this.notes = notes;
        this.refusals = refusals;
    }

    @PostMapping("/notes/{kind}/{id}")
    String write(@PathVariable String kind, @PathVariable String id, @RequestParam(required = false) String text,
                 RedirectAttributes redirect) {
        String page = page(kind, id);
        try {
            notes.write(kind, id, text);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("noteErrors", refusals.byField(e));
            redirect.addFlashAttribute("noteText", text);
            redirect.addFlashAttribute("noteFor", kind + ":" + id);
        }
        return "redirect:" + anchored(page);
    }

    @PostMapping("/notes/{kind}/{id}/{noteId}")
    String edit(@PathVariable String kind, @PathVariable String id, @PathVariable long noteId,
                @RequestParam(required = false) String text, @RequestParam(required = false) Integer version,
                RedirectAttributes redirect) {
        String page = page(kind, id);
        try {
            notes.edit(noteId, text, version);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("noteErrors", refusals.byField(e));
            redirect.addFlashAttribute("noteFor", kind + ":" + id);
        }
        return "redirect:" + anchored(page);
    }

    /** A page with several things' notes (a session's agenda items) names the anchor of each; others have one. */
    private static String anchored(String page) {
        return page.contains("#") ? page : page + "#notes";
    }

    /** The page the form was on; a kind of thing that keeps no notes has no such page. */
    private String page(String kind, String id) {
        try {
            return notes.pagePath(kind, id);
        } catch (InvalidInputException e) {
            throw new NotFoundException("kind", "note", kind);
        }
    }
}
