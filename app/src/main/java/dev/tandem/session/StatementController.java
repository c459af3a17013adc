package dev.tandem.session;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.identity.CurrentUser;

/** Joint statement pages: drafting, comparing versions, signing for a party, publishing. */
@Controller
class StatementController {

    private final JointStatements statements;
    private final SessionManagement sessions;
    private final CurrentUser user;
    private final Refusals refusals;
    private final PageActions pages;

    StatementController(JointStatements statements, SessionManagement sessions, CurrentUser user, Refusals refusals,
                        PageActions pages) {
        this.statements = statements;
        this.sessions = sessions;
        this.user = user;
        this.refusals = refusals;
        this.pages = pages;
    }

    @PostMapping("/forums/{code}/statements")
    String draft(@PathVariable String code, @Valid SessionCommands.NewStatement command, BindingResult result,
                 RedirectAttributes redirect) {
        return pages.flashIfRefused(result, redirect, PageActions.Shown.BY_FIELD, "/forums/" + code + "/sessions",
                () -> pages.done(redirect, "/statements/" + statements.draft(code, command).id(), "statement.drafted"));
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
                       Runnable action) {
        return pages.showAgainIfRefused(result, model, () -> detail(id, null, null, model), redirect,
                "/statements/" + id, action, done);
    }
}
