package dev.tandem.session;

import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;
import dev.tandem.identity.CurrentUser;

/** Joint statement pages: drafting, comparing versions, signing for a party, publishing. */
@Controller
class StatementController {

    private final JointStatements statements;
    private final SessionManagement sessions;
    private final CurrentUser user;
    private final Refusals refusals;
    private final MessageSource messages;

    StatementController(JointStatements statements, SessionManagement sessions, CurrentUser user, Refusals refusals,
                        MessageSource messages) {
        this.statements = statements;
        this.sessions = sessions;
        this.user = user;
        this.refusals = refusals;
        this.messages = messages;
    }

    @PostMapping("/forums/{code}/statements")
    String draft(@PathVariable String code, @Valid SessionCommands.NewStatement command, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        String refused = "redirect:/forums/" + code + "/sessions";
        try {
            if (result.hasErrors()) {
                redirect.addFlashAttribute("errors", refusals.byField(result));
                return refused;
            }
            JointStatement drafted = statements.draft(code, command);
            redirect.addFlashAttribute("message", message("statement.drafted"));
            return "redirect:/statements/" + drafted.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", refusals.byField(e));
            return refused;
        }
    }

    @GetMapping("/statements/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer from,
                  @RequestParam(required = false) Integer to, Model model) {
        JointStatement statement = statements.statement(id);
        model.addAttribute("statement", statement);
        model.addAttribute("forum", sessions.forum(statement.forumCode()));
        model.addAttribute("party", user.party().orElse(null));
        int last = statement.latest().number();
        int a = from == null ? Math.max(1, last - 1) : from;
        int b = to == null ? last : to;
        try {
            model.addAttribute("comparison", statements.compare(id, a, b));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
        }
        return "statements/detail";
    }

    @PostMapping("/statements/{id}/versions")
    String redraft(@PathVariable long id, @Valid SessionCommands.Redraft command, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        return act(id, result, model, redirect, "statement.redrafted", () -> statements.redraft(id, command));
    }

    @PostMapping("/statements/{id}/sign")
    String sign(@PathVariable long id, @Valid SessionCommands.Sign command, BindingResult result, Model model,
                RedirectAttributes redirect) {
        return act(id, result, model, redirect, "statement.signed", () -> statements.sign(id, command.number()));
    }

    @PostMapping("/statements/{id}/publish")
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, null, model, redirect, "statement.publishedDone", () -> statements.publish(id));
    }

    private String act(long id, BindingResult result, Model model, RedirectAttributes redirect, String done,
                       Supplier<?> action) {
        if (result != null && result.hasErrors()) {
            model.addAttribute("errors", refusals.byField(result));
            return detail(id, null, null, model);
        }
        try {
            action.get();
            redirect.addFlashAttribute("message", message(done));
            return "redirect:/statements/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            return detail(id, null, null, model);
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
