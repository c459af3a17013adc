package dev.tandem.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.match.NameMatcher;

/**
 * The screening page: check a name (with each hit's explanation), decide open hits, see and import list versions.
 */
@Controller
class ScreeningController {

    private static final String VIEW = "screening/index";

    private final ScreeningManagement screening;
    private final ListImport listImport;
    private final MessageSource messages;
    private final Refusals refusals;

    ScreeningController(ScreeningManagement screening, ListImport listImport, MessageSource messages,
                        Refusals refusals) {
        this.screening = screening;
        this.listImport = listImport;
        this.messages = messages;
        this.refusals = refusals;
    }

    @InitBinder("importForm")
    void bindImport(WebDataBinder binder) {
        ListImportForm.acceptSourceInAnyCase(binder);
    }

    @GetMapping("/screening")
    String page(Model model) {
        return show(model);
    }

    @PostMapping("/screening/check")
    String check(@Valid @ModelAttribute("check") NameCheckForm check, BindingResult result,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("errors", refusals.byField(result));
        } else {
            try {
                List<ScreeningManagement.Screened> results = screening.screen(List.of(check.toName()), Set.of(),
                        check.getThreshold());
                model.addAttribute("result", results.get(0));
            } catch (InvalidInputException e) {
                // the service names the name by its place in the request; the page has one name field
                model.addAttribute("errors", Map.of(e.field().startsWith("names[") ? "name" : e.field(),
                        refusals.reason(e)));
            }
        }
        if (htmx != null) {
            addChoices(model);
            return VIEW + " :: check";
        }
        return show(model);
    }

    @PostMapping("/screening/hits/{id}/decision")
    String decide(@PathVariable long id, @Valid HitDecision decision, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("hitErrors", Map.of(id, firstReason(result)));
            return "redirect:/screening#hits";
        }
        try {
            HitView hit = screening.decide(id, decision.decision(), decision.reason(), decision.version());
            redirect.addFlashAttribute("message", message(hit.awaitingConfirmation()
                    ? "screening.proposed" : "screening.decided", id));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("hitErrors", Map.of(id, refusals.reason(e)));
        }
        return "redirect:/screening#hits";
    }

    @PostMapping("/screening/hits/{id}/confirmation")
    String confirm(@PathVariable long id, @Valid HitConfirmation confirmation, BindingResult result,
                   RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("hitErrors", Map.of(id, firstReason(result)));
            return "redirect:/screening#hits";
        }
        try {
            HitView hit = screening.confirmFalsePositive(id, confirmation.confirmed(), confirmation.reason(),
                    confirmation.version());
            redirect.addFlashAttribute("message", message(hit.status() == HitStatus.FALSE_POSITIVE
                    ? "screening.confirmed" : "screening.rejected", id));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("hitErrors", Map.of(id, refusals.reason(e)));
        }
        return "redirect:/screening#hits";
    }

    @PostMapping("/screening/lists")
    String importList(@Valid @ModelAttribute("importForm") ListImportForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) throws IOException {
        if (result.hasErrors()) {
            model.addAttribute("errors", refusals.byField(result));
            return show(model);
        }
        Path temp = Files.createTempFile("tandem-list-", ".upload");
        try {
            form.getFile().transferTo(temp);
            ListImport.Result imported = listImport.importFile(form.getSource(), temp, form.fileName());
            redirect.addFlashAttribute("message", imported.alreadyImported()
                    ? message("screening.import.unchanged", imported.version().id())
                    : message("screening.import.done", imported.version().source(), imported.version().id(),
                    imported.version().entries(), imported.added(), imported.removed(), imported.changed(),
                    imported.hitsRaised()));
            return "redirect:/screening#lists";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            return show(model);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A hit's row shows one refusal: the first field's. */
    private String firstReason(BindingResult result) {
        Map.Entry<String, String> first = refusals.byField(result).entrySet().iterator().next();
        String label = messages.getMessage("screening.field." + first.getKey(), null, first.getKey(),
                LocaleContextHolder.getLocale());
        return message("screening.hit.refusedField", label, first.getValue());
    }

    private void addChoices(Model model) {
        model.addAttribute("defaultThreshold", NameMatcher.DEFAULT_THRESHOLD);
        model.addAttribute("types", EntryType.values());
        model.addAttribute("sources", ListSource.values());
    }

    private String show(Model model) {
        addChoices(model);
        if (!model.containsAttribute("check")) {
            model.addAttribute("check", new NameCheckForm());
        }
        if (!model.containsAttribute("importForm")) {
            model.addAttribute("importForm", new ListImportForm());
        }
        List<HitView> open = screening.hits(HitStatus.OPEN, 200);
        model.addAttribute("openHits", open);
        model.addAttribute("confirmable", screening.confirmableByCurrentUser(open));
        model.addAttribute("fourEyesScore", ScreeningHit.FOUR_EYES_SCORE);
        model.addAttribute("decidedHits", screening.hits(null, 50).stream().filter(h -> !h.open()).toList());
        model.addAttribute("versions", screening.listVersions());
        return VIEW;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
