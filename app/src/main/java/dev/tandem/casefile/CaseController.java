package dev.tandem.casefile;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;

/**
 * Case pages: the list with search, filing a case with its itemised list file, and a case with its triage,
 * documents, questions and the actions the signed-in user may take.
 */
@Controller
class CaseController {

    private static final int COUNTERPARTY_ROWS = 4;

    private final CaseManagement cases;
    private final CaseAttachments attachments;
    private final CaseQuestions questions;
    private final CaseSearch search;
    private final ItemListImport itemLists;
    private final MessageSource messages;

    CaseController(CaseManagement cases, CaseAttachments attachments, CaseQuestions questions, CaseSearch search,
                   ItemListImport itemLists, MessageSource messages) {
        this.cases = cases;
        this.attachments = attachments;
        this.questions = questions;
        this.search = search;
        this.itemLists = itemLists;
        this.messages = messages;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CaseStatus.values());
        try {
            model.addAttribute("cases", q == null || q.isBlank() ? cases.cases(status) : search.search(q, status, 0, CasePage.DEFAULT_SIZE).cases());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", Map.of(e.field(), e.reason()));
            model.addAttribute("cases", List.of());
        }
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String newCase(Model model) {
        model.addAttribute("form", Map.of());
        return form(model);
    }

    @PostMapping("/cases")
    String file(@RequestParam Map<String, String> params, @RequestParam(required = false) MultipartFile itemList,
                Model model, RedirectAttributes redirect) throws IOException {
        try {
            List<LineItem> items = new ArrayList<>();
            if (itemList != null && !itemList.isEmpty()) {
                items.addAll(itemLists.read(itemList.getOriginalFilename(), itemList.getBytes()));
            }
            CaseDraft draft = new CaseDraft(params.get("title"), params.get("purpose"), category(params.get("category")),
                    blankToNull(params.get("route")), day("plannedFrom", params.get("plannedFrom")),
                    day("plannedTo", params.get("plannedTo")), params.containsKey("jointVenture"), items,
                    counterparties(params));
            CaseFile saved = cases.fileDraft(draft);
            redirect.addFlashAttribute("message", message("case.drafted", saved.ref()));
            return "redirect:/cases/" + saved.ref();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e instanceof dev.tandem.casefile.itemlist.ItemListException list
                    ? Map.of("itemList", list.problems().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n"))) : Map.of(e.field(), e.reason()));
            model.addAttribute("form", params);
            return form(model);
        }
    }

    @GetMapping("/cases/{ref}")
    String detail(@PathVariable String ref, Model model) {
        CaseFile file = cases.caseFile(ref);
        model.addAttribute("file", file);
        model.addAttribute("documents", attachments.documents(ref));
        model.addAttribute("questions", questions.informationRequests(ref));
        return "cases/detail";
    }

    @PostMapping("/cases/{ref}/{action}")
    String act(@PathVariable String ref, @PathVariable String action, @RequestParam(required = false) Integer version,
               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "submit" -> cases.submit(ref, version);
                case "withdraw" -> cases.withdraw(ref, reason, version);
                case "review" -> cases.startReview(ref, blankToNull(reason), version);
                case "retriage" -> cases.retriage(ref, reason);
                default -> throw new InvalidInputException("action", "is not something a case can do");
            }
            redirect.addFlashAttribute("message", message("case.done." + action, ref));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", e.reason());
        }
        return "redirect:/cases/" + ref;
    }

    @PostMapping("/cases/{ref}/questions")
    String ask(@PathVariable String ref, @RequestParam(required = false) String question, RedirectAttributes redirect) {
        try {
            questions.ask(ref, question);
            redirect.addFlashAttribute("message", message("case.asked"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", e.reason());
        }
        return "redirect:/cases/" + ref + "#questions";
    }

    @PostMapping("/cases/{ref}/questions/{id}/answer")
    String answer(@PathVariable String ref, @PathVariable long id, @RequestParam(required = false) String answer,
                  RedirectAttributes redirect) {
        try {
            questions.answer(ref, id, answer);
            redirect.addFlashAttribute("message", message("case.answered"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", e.reason());
        }
        return "redirect:/cases/" + ref + "#questions";
    }

    @PostMapping("/cases/{ref}/documents")
    String attach(@PathVariable String ref, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", message("case.document.required"));
            }
            attachments.attach(ref, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("message", message("case.document.attached"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("documentError", message("case.document.refused",
                    DocumentNames.clean(file == null ? null : file.getOriginalFilename()), e.reason()));
        }
        return "redirect:/cases/" + ref + "#documents";
    }

    @GetMapping("/cases/{ref}/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable String ref, @PathVariable long id) {
        return attachments.download(ref, id).asAttachment();
    }

    private String form(Model model) {
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("roles", CounterpartyRole.values());
        model.addAttribute("counterpartyRows", COUNTERPARTY_ROWS);
        return "cases/new";
    }

    private static List<Counterparty> counterparties(Map<String, String> params) {
        List<Counterparty> parties = new ArrayList<>();
        for (int i = 0; i < COUNTERPARTY_ROWS; i++) {
            String name = blankToNull(params.get("cp" + i + "name"));
            if (name == null) {
                continue;
            }
            String role = params.getOrDefault("cp" + i + "role", "OTHER");
            CounterpartyRole parsedRole;
            try {
                parsedRole = CounterpartyRole.valueOf(role);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("counterparties[" + parties.size() + "].role", "is not a known role");
            }
            parties.add(new Counterparty(parsedRole, name, params.getOrDefault("cp" + i + "kind", "ORGANISATION"),
                    blankToNull(params.get("cp" + i + "country"))));
        }
        return parties;
    }

    private static CaseCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CaseCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", "is not a known category");
        }
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a date like 2019-01-11");
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
