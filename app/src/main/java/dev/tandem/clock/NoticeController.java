package dev.tandem.clock;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;

/** Marks a notice read from the home page's "waiting for you" box. */
@Controller
class NoticeController {

    private final NoticeBoard board;
    private final Refusals refusals;

    NoticeController(NoticeBoard board, Refusals refusals) {
        this.board = board;
        this.refusals = refusals;
    }

    @PostMapping("/notices/{id}/read")
    String read(@PathVariable long id, RedirectAttributes redirect) {
        try {
            board.markRead(id);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", refusals.byField(e));
        }
        return "redirect:/";
    }
}
