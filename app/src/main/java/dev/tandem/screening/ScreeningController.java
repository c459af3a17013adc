package dev.tandem.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;
import dev.tandem.screening.core.list.EntryType;
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

    /** What the person typed into the check form, shown again with the results or the refusal. */
    record CheckForm(String name, String type, String threshold) {
    }

    @GetMapping("/screening")
    String page(Model model) {
        model.addAttribute("check", new CheckForm("", "", ""));
        return show(model);
    }

    @PostMapping("/screening/check")
    String check(@RequestParam(required = false) String name, @RequestParam(required = false) String type,
                 @RequestParam(required = false) String threshold,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("check", new CheckForm(name, type, threshold));
        try {
            EntryType entryType = parseType(type);
            Double t = threshold == null || threshold.isBlank() ? null : parseThreshold(threshold);
            List<ScreeningManagement.Screened> results = screening.screen(
                    List.of(new NameToScreen(null, name, entryType, null, null)), Set.of(), t);
            model.addAttribute("result", results.get(0));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", Map.of(e.field().startsWith("names[") ? "name" : e.field(), refusals.reason(e)));
        }
        if (htmx != null) {
            model.addAttribute("defaultThreshold", NameMatcher.DEFAULT_THRESHOLD);
            return VIEW + " :: check";
        }
        return show(model);
    }

    @PostMapping("/screening/hits/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                  RedirectAttributes redirect) {
        try {
            HitStatus status = decision == null || decision.isBlank() ? null : HitStatus.valueOf(decision);
            HitView hit = screening.decide(id, status, reason, version);
            redirect.addFlashAttribute("message", message(hit.awaitingConfirmation()
                    ? "screening.proposed" : "screening.decided", id));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("hitErrors", Map.of(id, refusals.reason(e)));
        }
        return "redirect:/screening#hits";
    }

    @PostMapping("/screening/hits/{id}/confirmation")
    String confirm(@PathVariable long id, @RequestParam(required = false) Boolean confirmed,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                   RedirectAttributes redirect) {
        try {
            HitView hit = screening.confirmFalsePositive(id, confirmed, reason, version);
            redirect.addFlashAttribute("message", message(hit.status() == HitStatus.FALSE_POSITIVE
                    ? "screening.confirmed" : "screening.rejected", id));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("hitErrors", Map.of(id, refusals.reason(e)));
        }
        return "redirect:/screening#hits";
    }

    @PostMapping("/screening/lists")
    String importList(@RequestParam(required = false) String source, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "screening.import.fileRequired");
            }
            Path temp = Files.createTempFile("tandem-list-", ".upload");
            try {
                file.transferTo(temp);
                ListImport.Result result = listImport.importFile(ScreeningApiController.parseSource(source),
                        temp, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename());
                redirect.addFlashAttribute("message", result.alreadyImported()
                        ? message("screening.import.unchanged", result.version().id())
                        : message("screening.import.done", result.version().source(), result.version().id(),
                        result.version().entries(), result.added(), result.removed(), result.changed(),
                        result.hitsRaised()));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("importError", refusals.reason(e));
        }
        return "redirect:/screening#lists";
    }

    private String show(Model model) {
        model.addAttribute("defaultThreshold", NameMatcher.DEFAULT_THRESHOLD);
        model.addAttribute("types", EntryType.values());
        List<HitView> open = screening.hits(HitStatus.OPEN, 200);
        model.addAttribute("openHits", open);
        model.addAttribute("confirmable", screening.confirmableByCurrentUser(open));
        model.addAttribute("fourEyesScore", ScreeningHit.FOUR_EYES_SCORE);
        model.addAttribute("decidedHits", screening.hits(null, 50).stream().filter(h -> !h.open()).toList());
        model.addAttribute("versions", screening.listVersions());
        return VIEW;
    }

    private static EntryType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return EntryType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "refusal.enum", Refusals.allowed(EntryType.class));
        }
    }

    private static double parseThreshold(String threshold) {
        try {
            return Double.parseDouble(threshold.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("threshold", "refusal.screening.threshold");
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
