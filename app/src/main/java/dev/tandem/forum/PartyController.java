package dev.tandem.forum;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.PageActions;

/** The administrator's party page: the governments Tandem knows, and registering another. */
@Controller
class PartyController {

    private final ForumManagement forums;
    private final PageActions pages;

    PartyController(ForumManagement forums, PageActions pages) {
        this.forums = forums;
        this.pages = pages;
    }

    @GetMapping("/admin/parties")
    String list(Model model) {
        model.addAttribute("parties", forums.parties());
        return "admin/parties";
    }

    @PostMapping("/admin/parties")
    String register(@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
                    @RequestParam(required = false) String nameKo, Model model, RedirectAttributes redirect) {
        return pages.showAgainIfRefused(null, model, () -> {
            model.addAttribute("form", Map.of("code", code == null ? "" : code, "nameEn", nameEn == null ? "" : nameEn,
                    "nameKo", nameKo == null ? "" : nameKo));
            return list(model);
        }, () -> pages.done(redirect, "/admin/parties", "parties.created",
                forums.registerParty(code, nameEn, nameKo).code()));
    }
}
