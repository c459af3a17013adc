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

import dev.tandem.casefile.itemlist.ItemListReader;
import dev.tandem.common.InvalidInputException;

/**
 * Case pages: the list with search, filing a case with its itemised list file, and a case with its triage,
 * documents, questions and the actions the signed-in user may take.
 */
@Controller
class CaseController {

    private static final int COUNTERPARTY_ROWS = 4;

    private final CaseManagement cases;
    private final CaseSearch search;
    private final MessageSource messages;

    CaseController(CaseManagement cases, CaseSearch search, MessageSource messages) {
        this.cases = cases;
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CaseStatus.values());
        try {
            model.addAttribute("cases", q == null || q.isBlank() ? cases.cases(status) : search.search(q, status));
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
                items.addAll(LineItem.fromItemList(new ItemListReader().read(itemList.getOriginalFilename(),
                        itemList.getBytes())));
            }
            CaseDraft draft = new CaseDraft(params.get("title"), params.get("purpose"), category(params.get("category")),
                    blankToNull(params.get("route")), day("plannedFrom", params.get("plannedFrom")),
                    day("plannedTo", params.get("plannedTo")), params.containsKey("jointVenture"), items,
                    counterparties(params), declarations(params));
            CaseFile saved = cases.fileDraft(draft);
            redirect.addFlashAttribute("message", message("case.drafted", saved.ref()));
            return "redirect:/cases/" + saved.ref();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e instanceof dev.tandem.casefile.itemlist.ItemListException list
                    ? Map.of("itemList", list.problems().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n")))
                    // a line's declared purpose or product, or a case declaration, is shown with the item list
                    : e.field().startsWith("items") || e.field().equals("declarations")
                    ? Map.of("itemList", e.field() + ": " + e.reason()) : Map.of(e.field(), e.reason()));
            model.addAttribute("form", params);
            return form(model);
        }
    }

    @GetMapping("/cases/{ref}")
    String detail(@PathVariable String ref, Model model) {
        CaseFile file = cases.caseFile(ref);
        model.addAttribute("file", file);
        model.addAttribute("documents", cases.documents(ref));
        model.addAttribute("questions", cases.informationRequests(ref));
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
            cases.ask(ref, question);
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
            cases.answer(ref, id, answer);
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
            cases.attach(ref, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("message", message("case.document.attached"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("documentError", message("case.document.refused",
                    file == null ? "" : file.getOriginalFilename(), e.reason()));
        }
        return "redirect:/cases/" + ref + "#documents";
    }

    @GetMapping("/cases/{ref}/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable String ref, @PathVariable long id) {
        return cases.download(ref, id).asAttachment();
    }

    @PostMapping("/cases/{ref}/items/{line}/confirm-purpose")
    String confirmPurpose(@PathVariable String ref, @PathVariable int line,
                          @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            cases.confirmDeclaredPurpose(ref, line, version);
            redirect.addFlashAttribute("message", message("case.done.purpose-confirmed", ref, line));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", e.reason());
        }
        return "redirect:/cases/" + ref + "#items";
    }

    /** The case declarations ticked on the form: one checkbox "decl_KEY" per fact of the case. */
    private static java.util.Set<String> declarations(Map<String, String> params) {
        java.util.Set<String> declared = new java.util.TreeSet<>();
        params.keySet().stream().filter(name -> name.startsWith("decl_")).forEach(name -> declared.add(name.substring(5)));
        return declared;
    }

    private String form(Model model) {
        model.addAttribute("declarations", cases.caseDeclarations());
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
