package dev.tandem.identity;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.PageActions;
import dev.tandem.common.PageActions.Shown;
import dev.tandem.forum.ForumManagement;

/** The administrator's user pages: list, create, unlock, enable and disable, reset a password. */
@Controller
class UserController {

    private static final String USERS = "/admin/users";

    private final UserManagement users;
    private final ForumManagement forums;
    private final PageActions pages;

    UserController(UserManagement users, ForumManagement forums, PageActions pages) {
        this.users = users;
        this.forums = forums;
        this.pages = pages;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.users());
        model.addAttribute("roles", Role.values());
        model.addAttribute("parties", forums.parties());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm());
        }
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return pages.showAgainIfRefused(result, model, () -> list(model), () -> {
            UserManagement.Created created = users.create(form.toNewUser());
            return pages.done(redirect, USERS, "users.created", created.user().username(), created.initialPassword());
        });
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return act(redirect, () -> users.unlock(username, reason), "users.unlocked", username);
    }

    @PostMapping("/admin/users/{username}/enable")
    String enable(@PathVariable String username, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return act(redirect, () -> users.enable(username, reason), "users.enabled", username);
    }

    @PostMapping("/admin/users/{username}/disable")
    String disable(@PathVariable String username, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        return act(redirect, () -> users.disable(username, reason), "users.disabledNow", username);
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String reason,
                         RedirectAttributes redirect) {
        return pages.flashIfRefused(null, redirect, Shown.BY_FIELD, USERS, () -> pages.done(redirect, USERS,
                "users.passwordReset", username, users.resetPassword(username, reason)));
    }

    private String act(RedirectAttributes redirect, Runnable change, String done, String username) {
        return pages.flashIfRefused(null, redirect, Shown.BY_FIELD, USERS, change, done, username);
    }

}
