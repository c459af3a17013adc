package dev.tandem.casefile;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.casefile.itemlist.ItemListException;
import dev.tandem.common.CleanText;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PageActions;
import dev.tandem.common.PageActions.Shown;
import dev.tandem.common.Refusals;
import dev.tandem.identity.Permissions;

/**
 * Case pages: the list with search, filing a case with its itemised list file, and a case with its triage,
 * documents, questions and the actions the signed-in user may take. Every form binds to a command record checked
 * by Bean Validation; {@link CaseManagement} adds the checks that need the case.
 */
@Controller
class CaseController {

    private final CaseManagement cases;
    private final CaseAttachments attachments;
    private final CaseQuestions questions;
    private final CaseScreenings screenings;
    private final ItemListImport itemLists;
    private final CaseSearch search;
    private final MessageSource messages;
    private final Refusals refusals;
    private final PageActions pages;
    private final Permissions permissions;

    CaseController(CaseManagement cases, CaseAttachments attachments, CaseQuestions questions,
                   CaseScreenings screenings, ItemListImport itemLists, CaseSearch search, MessageSource messages,
                   Refusals refusals, PageActions pages, Permissions permissions) {
        this.cases = cases;
        this.attachments = attachments;
        this.questions = questions;
        this.screenings = screenings;
        this.itemLists = itemLists;
        this.search = search;
        this.messages = messages;
        this.refusals = refusals;
        this.pages = pages;
        this.permissions = permissions;
    }

    /** What a case action carries: the reason or note, and the version the user read. */
    record ActionForm(@Size(max = CaseLimits.REASON) @CleanText String reason, Integer version) {

        String reasonOrNull() {
            return reason == null || reason.isBlank() ? null : reason.strip();
        }
    }

    record QuestionForm(@NotBlank @Size(max = CaseLimits.QUESTION) @CleanText String question) {
    }

    record AnswerForm(@NotBlank @Size(max = CaseLimits.ANSWER) @CleanText String answer) {
    }

    /** The secretariat files a submitted case with another forum: which, why, and the version it read. */
    record ForumForm(@NotBlank @Size(max = CaseLimits.FORUM) String forum,
                     @NotBlank @Size(max = CaseLimits.REASON) @CleanText String reason, Integer version) {
    }

    /** A page of cases (or of search results) with links to the others that work without scripts. */
    @GetMapping("/cases")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CaseStatus.values());
        try {
            model.addAttribute("page", q == null || q.isBlank() ? cases.cases(status, page, CasePage.DEFAULT_SIZE)
                    : search.search(q, status, page, CasePage.DEFAULT_SIZE));
            if (q != null && !q.isBlank()) {
                search.building().ifPresent(p -> model.addAttribute("indexBuilding", p));
            }
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            model.addAttribute("page", new CasePage(List.of(), 0, CasePage.DEFAULT_SIZE, 0));
        }
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String newCase(Model model) {
        CaseForm form = new CaseForm();
        List<dev.tandem.forum.ForumSummary> open = cases.forumsTakingCases();
        if (open.size() == 1) {
            form.setForum(open.get(0).code());
        }
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping("/cases")
    String file(@Valid @ModelAttribute("form") CaseForm form, BindingResult result,
                @RequestParam(required = false) MultipartFile itemList, Model model, RedirectAttributes redirect)
            throws IOException {
        if (result.hasErrors()) {
            model.addAttribute("errors", refusals.byField(result));
            return form(model);
        }
        try {
            List<LineItem> items = itemList == null || itemList.isEmpty() ? List.of()
                    : itemLists.read(itemList.getOriginalFilename(), itemList.getBytes());
            CaseFile saved = cases.fileDraft(form.toDraft(items));
            redirect.addFlashAttribute("message", message("case.drafted", saved.ref()));
            return "redirect:/cases/" + saved.ref();
        } catch (ItemListException e) {
            model.addAttribute("errors", Map.of("itemList", String.join("\n", refusals.parts(e))));
            return form(model);
        } catch (InvalidInputException e) {
            // a line's declared purpose or product, or a case declaration, is shown with the item list
            model.addAttribute("errors", e.field().startsWith("items") || e.field().equals("declarations")
                    ? Map.of("itemList", e.field() + ": " + refusals.reason(e)) : refusals.byField(e));
            return form(model);
        }
    }

    @GetMapping("/cases/{ref}")
    String detail(@PathVariable String ref, Model model) {
        CaseFile file = cases.caseFile(ref);
        model.addAttribute("file", file);
        model.addAttribute("screenings", screenings.of(file));
        model.addAttribute("documents", attachments.documents(ref));
        model.addAttribute("questions", questions.informationRequests(ref));
        if (file.status() == CaseStatus.SUBMITTED && permissions.mayRunCases()) {
            model.addAttribute("forums", cases.forumsTakingCases().stream()
                    .filter(f -> !f.code().equals(file.forumCode())).toList());
        }
        return "cases/detail";
    }

    @PostMapping("/cases/{ref}/{action:submit|withdraw|review|retriage}")
    String act(@PathVariable String ref, @PathVariable String action, @Valid ActionForm form, BindingResult result,
               RedirectAttributes redirect) {
        return pages.flashIfRefused(result, redirect, Shown.REASON, "/cases/" + ref, () -> {
            switch (action) {
                case "submit" -> cases.submit(ref, form.version());
                case "withdraw" -> cases.withdraw(ref, form.reasonOrNull(), form.version());
                case "review" -> cases.startReview(ref, form.reasonOrNull(), form.version());
                default -> cases.retriage(ref, form.reasonOrNull());
            }
        }, "case.done." + action, ref);
    }

    @PostMapping("/cases/{ref}/forum")
    String moveToForum(@PathVariable String ref, @Valid ForumForm form, BindingResult result,
                       RedirectAttributes redirect) {
        String back = "/cases/" + ref;
        return pages.flashIfRefused(result, redirect, Shown.REASON, back, () -> {
            CaseFile moved = cases.moveToForum(ref, form.forum(), form.reason(), form.version());
            return pages.done(redirect, back, "case.done.forum", ref, moved.forumCode());
        });
    }

    @PostMapping("/cases/{ref}/questions")
    String ask(@PathVariable String ref, @Valid QuestionForm form, BindingResult result, RedirectAttributes redirect) {
        return pages.flashIfRefused(result, redirect, Shown.REASON, "/cases/" + ref + "#questions",
                () -> questions.ask(ref, form.question()), "case.asked");
    }

    @PostMapping("/cases/{ref}/questions/{id}/answer")
    String answer(@PathVariable String ref, @PathVariable long id, @Valid AnswerForm form, BindingResult result,
                  RedirectAttributes redirect) {
        return pages.flashIfRefused(result, redirect, Shown.REASON, "/cases/" + ref + "#questions",
                () -> questions.answer(ref, id, form.answer()), "case.answered");
    }

    @PostMapping("/cases/{ref}/documents")
    String attach(@PathVariable String ref, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "case.document.required");
            }
            attachments.attach(ref, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("message", message("case.document.attached"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("documentError", message("case.document.refused",
                    DocumentNames.clean(file == null ? null : file.getOriginalFilename()), refusals.reason(e)));
        }
        return "redirect:/cases/" + ref + "#documents";
    }

    @GetMapping("/cases/{ref}/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable String ref, @PathVariable long id) {
        return attachments.download(ref, id).asAttachment();
    }

    @PostMapping("/cases/{ref}/items/{line}/confirm-purpose")
    String confirmPurpose(@PathVariable String ref, @PathVariable int line,
                          @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return pages.flashIfRefused(null, redirect, Shown.REASON, "/cases/" + ref + "#items",
                () -> cases.confirmDeclaredPurpose(ref, line, version), "case.done.purpose-confirmed", ref, line);
    }

    private String form(Model model) {
        model.addAttribute("declarations", cases.caseDeclarations());
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("roles", CounterpartyRole.values());
        model.addAttribute("kinds", List.of("ORGANISATION", "PERSON", "VESSEL", "AIRCRAFT"));
        model.addAttribute("forums", cases.forumsTakingCases());
        return "cases/new";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
