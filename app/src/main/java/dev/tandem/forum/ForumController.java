package dev.tandem.forum;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;

/**
 * Forum pages. The event form answers an htmx request with the timeline fragment alone, and a plain form post
 * with the whole page, so the page works without JavaScript.
 */
@Controller
class ForumController {

    private static final String VIEW_DETAIL = "forums/detail";

    private final ForumManagement forums;
    private final MessageSource messages;
    private final Refusals refusals;

    ForumController(ForumManagement forums, MessageSource messages, Refusals refusals) {
        this.forums = forums;
        this.messages = messages;
        this.refusals = refusals;
    }

    @GetMapping("/forums")
    String list(Model model) {
        model.addAttribute("forums", forums.forums());
        return "forums/list";
    }

    @GetMapping("/forums/{code}")
    String detail(@PathVariable String code, Model model) {
        return show(forums.forum(code), model);
    }

    /** What the person typed, shown again when the form is refused. */
    record EventForm(String status, String on, String note) {
    }

    @PostMapping("/forums/{code}/events")
    String recordEvent(@PathVariable String code, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String on, @RequestParam(required = false) String note,
                       @RequestParam(defaultValue = "false") boolean confirmTermination,
                       @RequestHeader(value = "HX-Request", required = false) String htmx,
                       Model model, RedirectAttributes redirect) {
        try {
            if ("TERMINATED".equals(status) && !confirmTermination) {
                // termination cannot be undone, so the page asks for a deliberate second gesture
                throw new InvalidInputException("confirmTermination", "forum.event.confirmRequired");
            }
            Forum forum = forums.recordEvent(code, parseStatus(status), parseDay(on), blankToNull(note));
            if (htmx == null) {
                redirect.addFlashAttribute("message", message("forum.event.recorded"));
                return "redirect:/forums/" + code;
            }
            model.addAttribute("message", message("forum.event.recorded"));
            show(forum, model);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            model.addAttribute("form", new EventForm(status, on, note));
            show(forums.forum(code), model);
        }
        return htmx == null ? VIEW_DETAIL : VIEW_DETAIL + " :: timeline";
    }

    @PostMapping("/forums/{code}/hand-over")
    String handOver(@PathVariable String code, @RequestParam(required = false) String successor,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            forums.handOver(code, successor, blankToNull(reason));
            redirect.addFlashAttribute("message", message("forum.handOver.done", successor));
            return "redirect:/forums/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            return show(forums.forum(code), model);
        }
    }

    private String show(Forum forum, Model model) {
        model.addAttribute("forum", forum);
        model.addAttribute("successors", forums.forums().stream()
                .filter(f -> !f.code().equals(forum.code()) && f.status().isOpen()).toList());
        return VIEW_DETAIL;
    }

    private static ForumStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            throw new InvalidInputException("status", "is required");
        }
        try {
            return ForumStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "is not one of " + java.util.List.of(ForumStatus.values()));
        }
    }

    private static LocalDate parseDay(String on) {
        if (on == null || on.isBlank()) {
            throw new InvalidInputException("on", "is required (a date like 2018-11-20)");
        }
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("on", "is not a date like 2018-11-20");
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
