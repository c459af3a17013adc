package dev.tandem.clock;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.PageActions;

/** Marks a notice read from the home page's "waiting for you" box. */
@Controller
class NoticeController {

    private final NoticeBoard board;
    private final PageActions pages;

    NoticeController(NoticeBoard board, PageActions pages) {
        this.board = board;
        this.pages = pages;
    }

    /** Read says nothing: the notice leaves the box. */
    @PostMapping("/notices/{id}/read")
    String read(@PathVariable long id, RedirectAttributes redirect) {
        return pages.flashIfRefused(null, redirect, PageActions.Shown.BY_FIELD, "/", () -> {
            board.markRead(id);
            return "redirect:/";
        });
    }
}
