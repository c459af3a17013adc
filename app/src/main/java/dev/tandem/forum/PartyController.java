package dev.tandem.forum;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;

/** The administrator's party page: the governments Tandem knows, and registering another. */
@Controller
class PartyController {

    private final ForumManagement forums;
    private final MessageSource messages;
    private final Refusals refusals;

    PartyController(ForumManagement forums, MessageSource messages, Refusals refusals) {
        this.forums = forums;
        this.messages = messages;
        this.refusals = refusals;
    }

    @GetMapping("/admin/parties")
    String list(Model model) {
        model.addAttribute("parties", forums.parties());
        return "admin/parties";
    }

    @PostMapping("/admin/parties")
    String register(@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
                    @RequestParam(required = false) String nameKo, Model model, RedirectAttributes redirect) {
        try {
            Party party = forums.registerParty(code, nameEn, nameKo);
            redirect.addFlashAttribute("message", messages.getMessage("parties.created",
                    new Object[] {party.code()}, LocaleContextHolder.getLocale()));
            return "redirect:/admin/parties";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            model.addAttribute("form", Map.of("code", code == null ? "" : code, "nameEn", nameEn == null ? "" : nameEn,
                    "nameKo", nameKo == null ? "" : nameKo));
            return list(model);
        }
    }
}
