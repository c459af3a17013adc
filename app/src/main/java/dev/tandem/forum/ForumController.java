package dev.tandem.forum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.CleanText;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PageActions;
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
    private final PageActions pages;

    ForumController(ForumManagement forums, MessageSource messages, Refusals refusals, PageActions pages) {
        this.forums = forums;
        this.messages = messages;
        this.refusals = refusals;
        this.pages = pages;
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

    @PostMapping("/forums/{code}/events")
    String recordEvent(@PathVariable String code, @Valid @ModelAttribute("form") EventForm form, BindingResult result,
                       @RequestHeader(value = "HX-Request", required = false) String htmx,
                       Model model, RedirectAttributes redirect) {
        String view = htmx == null ? VIEW_DETAIL : VIEW_DETAIL + " :: timeline";
        if (result.hasErrors()) {
            model.addAttribute("errors", refusals.byField(result));
            show(forums.forum(code), model);
            return view;
        }
        try {
            if (form.getStatus() == ForumStatus.TERMINATED && !form.isConfirmTermination()) {
                // termination cannot be undone, so the page asks for a deliberate second gesture
                throw new InvalidInputException("confirmTermination", "forum.event.confirmRequired");
            }
            Forum forum = form.getStatus() == ForumStatus.TERMINATED && form.successorOrNull() != null
                    ? forums.terminate(code, form.getOn(), form.noteOrNull(), form.successorOrNull(), null)
                    : forums.recordEvent(code, form.getStatus(), form.getOn(), form.noteOrNull());
            if (htmx == null) {
                redirect.addFlashAttribute("message", message("forum.event.recorded"));
                return "redirect:/forums/" + code;
            }
            model.addAttribute("message", message("forum.event.recorded"));
            model.addAttribute("form", new EventForm());
            show(forum, model);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            show(forums.forum(code), model);
        }
        return view;
    }

    /** The hand-over form: the successor's code and the reason, for the journal. */
    record HandOverForm(@Size(max = ForumLimits.FORUM_CODE) @CleanText String successor,
                        @Size(max = ForumLimits.REASON) @CleanText String reason) {
    }

    @PostMapping("/forums/{code}/hand-over")
    String handOver(@PathVariable String code, @Valid HandOverForm handOver, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        String reason = handOver.reason();
        return pages.showAgainIfRefused(result, model, () -> show(forums.forum(code), model), redirect,
                "/forums/" + code, () -> forums.handOver(code, handOver.successor(),
                        reason == null || reason.isBlank() ? null : reason.strip()),
                "forum.handOver.done", handOver.successor());
    }

    private String show(Forum forum, Model model) {
        model.addAttribute("forum", forum);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EventForm());
        }
        model.addAttribute("handOver", new HandOverForm(null, null));
        model.addAttribute("successors", forums.forums().stream()
                .filter(f -> !f.code().equals(forum.code()) && f.status().isOpen()).toList());
        return VIEW_DETAIL;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

}
