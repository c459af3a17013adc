package dev.tandem.identity;

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
import dev.tandem.forum.ForumManagement;

/** The administrator's user pages: list, create, unlock, reset a password. */
@Controller
class UserController {

    private final UserManagement users;
    private final ForumManagement forums;
    private final MessageSource messages;

    UserController(UserManagement users, ForumManagement forums, MessageSource messages) {
        this.users = users;
        this.forums = forums;
        this.messages = messages;
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
            Role parsed = role == null || role.isBlank() ? null : Role.valueOf(role);
            UserManagement.Created created = users.create(new NewUser(username, displayName, parsed, party,
                    organisation, null));
            redirect.addFlashAttribute("message",
                    message("users.created", created.user().username(), created.initialPassword()));
            return "redirect:/admin/users";
        } catch (InvalidInputException | IllegalArgumentException e) {
            InvalidInputException invalid = e instanceof InvalidInputException i ? i
                    : new InvalidInputException("role", "is not a known role");
            model.addAttribute("errors", Map.of(invalid.field(), invalid.reason()));
            model.addAttribute("form", Map.of("username", nz(username), "displayName", nz(displayName),
                    "role", nz(role), "party", nz(party), "organisation", nz(organisation)));
            return list(model);
        }
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        try {
            users.unlock(username, reason);
            redirect.addFlashAttribute("message", message("users.unlocked", username));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", Map.of(e.field(), e.reason()));
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String reason,
                         RedirectAttributes redirect) {
        try {
            String password = users.resetPassword(username, reason);
            redirect.addFlashAttribute("message", message("users.passwordReset", username, password));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", Map.of(e.field(), e.reason()));
        }
        return "redirect:/admin/users";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
