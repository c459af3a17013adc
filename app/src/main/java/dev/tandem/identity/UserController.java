package dev.tandem.identity;

import java.util.Arrays;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;
import dev.tandem.forum.ForumManagement;

/** The administrator's user pages: list, create, unlock, enable and disable, reset a password. */
@Controller
class UserController {

    private final UserManagement users;
    private final ForumManagement forums;
    private final MessageSource messages;
    private final Refusals refusals;

    UserController(UserManagement users, ForumManagement forums, MessageSource messages, Refusals refusals) {
        this.users = users;
        this.forums = forums;
        this.messages = messages;
        this.refusals = refusals;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.users());
        model.addAttribute("roles", Role.values());
        model.addAttribute("parties", forums.parties());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String role, @RequestParam(required = false) String party,
                  @RequestParam(required = false) String organisation, Model model, RedirectAttributes redirect) {
        try {
            UserManagement.Created created = users.create(new NewUser(username, displayName, role(role), party,
                    organisation, null));
            redirect.addFlashAttribute("message",
                    message("users.created", created.user().username(), created.initialPassword()));
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            model.addAttribute("form", Map.of("username", nz(username), "displayName", nz(displayName),
                    "role", nz(role), "party", nz(party), "organisation", nz(organisation)));
            return list(model);
        }
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
        try {
            String password = users.resetPassword(username, reason);
            redirect.addFlashAttribute("message", message("users.passwordReset", username, password));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", refusals.byField(e));
        }
        return "redirect:/admin/users";
    }

    private String act(RedirectAttributes redirect, Runnable change, String done, String username) {
        try {
            change.run();
            redirect.addFlashAttribute("message", message(done, username));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", refusals.byField(e));
        }
        return "redirect:/admin/users";
    }

    /** The role a form names; an unknown one is refused naming the allowed values. */
    private static Role role(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("role", "refusal.enum",
                        Arrays.toString(Role.values())));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
