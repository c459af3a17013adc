package dev.tandem.casefile;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.tandem.common.CleanText;
import dev.tandem.common.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Cases over HTTP, with the permissions of {@link CaseManagement}. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Filing, following and moving cases; their triage into clearances")
class CaseApiController {

    private final CaseManagement cases;
    private final CaseSearch search;

    CaseApiController(CaseManagement cases, CaseSearch search) {
        this.cases = cases;
        this.search = search;
    }

    record CaseResource(String ref, int version, String title, String purpose, CaseCategory category, String applicant,
                        String organisation, String forum, CaseStatus status, String route,
                        java.time.LocalDate plannedFrom, java.time.LocalDate plannedTo, boolean jointVenture,
                        java.util.Set<String> declarations, java.time.LocalDate filedOn, String ruleVersion, Integer charterVersion, List<LineItem> items,
                        List<Counterparty> counterparties, List<StatusEvent> history, List<Finding> findings,
                        List<Clearance> clearances) {
        static CaseResource of(CaseFile f) {
            return new CaseResource(f.ref(), f.version(), f.title(), f.purpose(), f.category(), f.applicant(),
                    f.organisation(), f.forumCode(), f.status(), f.route(), f.plannedFrom(), f.plannedTo(),
                    f.jointVenture(), f.declarations(), f.filedOn(), f.ruleVersion(), f.charterVersion(), f.items(), f.counterparties(),
                    f.history(), f.findings(), f.clearances());
        }
    }

    record Note(@Size(max = CaseLimits.REASON) @CleanText String reason, Integer version) {
    }

    record Question(@NotBlank @Size(max = CaseLimits.QUESTION) @CleanText String question) {
    }

    record Answer(@NotBlank @Size(max = CaseLimits.ANSWER) @CleanText String answer) {
    }

    @GetMapping
    @Operation(summary = "Cases you may see: an applicant's own, or all for party staff; optional full-text query q")
    List<CaseSummary> list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String q) {
        return q == null || q.isBlank() ? cases.cases(status) : search.search(q, status);
    }

    @GetMapping("/{ref}")
    @Operation(summary = "One case with its items, counterparties, history, rule findings and clearances")
    CaseResource get(@PathVariable String ref) {
        return CaseResource.of(cases.caseFile(ref));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a draft case (applicant)")
    CaseResource file(@Valid @RequestBody CaseDraft draft) {
        return CaseResource.of(cases.fileDraft(draft));
    }

    @PutMapping("/{ref}")
    @Operation(summary = "Revise a draft (applicant); send the version you read")
    CaseResource revise(@PathVariable String ref, @RequestParam(required = false) Integer version,
                        @Valid @RequestBody CaseDraft draft) {
        return CaseResource.of(cases.revise(ref, draft, version));
    }

    @PostMapping(value = "/{ref}/item-list", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace a draft's items with an itemised list file (applicant)",
            description = "CSV or XLSX laid out like Annex II of a 1718 Committee exemption request (see README, "
                    + "'Item lists'). A list with any problem is refused whole, listing every problem by row and column.")
    CaseResource importItems(@PathVariable String ref, @RequestParam(required = false) Integer version,
                             @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "refusal.required");
        }
        CaseFile current = cases.caseFile(ref);
        List<LineItem> items = LineItem.fromItemList(new dev.tandem.casefile.itemlist.ItemListReader()
                .read(file.getOriginalFilename(), file.getBytes()));
        return CaseResource.of(cases.revise(ref, new CaseDraft(current.title(), current.purpose(), current.category(),
                current.route(), current.plannedFrom(), current.plannedTo(), current.jointVenture(), items,
                current.counterparties(), current.declarations()), version));
    }

    @PostMapping("/{ref}/submission")
    @Operation(summary = "Submit a draft (applicant): screening, item rules and triage by the forum's charter")
    CaseResource submit(@PathVariable String ref, @Valid @RequestBody(required = false) Note note) {
        return CaseResource.of(cases.submit(ref, note == null ? null : note.version()));
    }

    @PostMapping("/{ref}/withdrawal")
    @Operation(summary = "Withdraw a case (its applicant, or the secretariat), with the reason")
    CaseResource withdraw(@PathVariable String ref, @Valid @RequestBody Note note) {
        return CaseResource.of(cases.withdraw(ref, note.reason(), note.version()));
    }

    @PostMapping("/{ref}/review")
    @Operation(summary = "Start the review of a submitted case (secretariat)")
    CaseResource startReview(@PathVariable String ref, @Valid @RequestBody(required = false) Note note) {
        return CaseResource.of(cases.startReview(ref, note == null ? null : note.reason(), note == null ? null : note.version()));
    }

    @PostMapping("/{ref}/items/{line}/purpose-check")
    @Operation(summary = "Confirm a line's declared purpose (secretariat); line counts from 1, send the version you read",
            description = "A spare part for a DPRK civil passenger aircraft (2397 para 7) or fuel for a return flight"
                    + " (2270 para 31) is triaged on the applicant's declaration; this records the secretariat's"
                    + " check, journaled.")
    CaseResource confirmPurpose(@PathVariable String ref, @PathVariable int line,
                                @RequestBody(required = false) Note note) {
        return CaseResource.of(cases.confirmDeclaredPurpose(ref, line, note == null ? null : note.version()));
    }

    @PostMapping("/{ref}/retriage")
    @Operation(summary = "Triage again under today's rules and charter (secretariat), with the reason")
    CaseResource retriage(@PathVariable String ref, @Valid @RequestBody Note note) {
        return CaseResource.of(cases.retriage(ref, note.reason()));
    }

    @PostMapping("/{ref}/information-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask the applicant for information (secretariat)")
    InformationRequest ask(@PathVariable String ref, @Valid @RequestBody Question question) {
        return cases.ask(ref, question.question());
    }

    @GetMapping("/{ref}/information-requests")
    @Operation(summary = "Questions to the applicant and the answers")
    List<InformationRequest> questions(@PathVariable String ref) {
        return cases.informationRequests(ref);
    }

    @PostMapping("/{ref}/information-requests/{id}/answer")
    @Operation(summary = "Answer a question (the case's applicant)")
    InformationRequest answer(@PathVariable String ref, @PathVariable long id, @Valid @RequestBody Answer answer) {
        return cases.answer(ref, id, answer.answer());
    }

    @GetMapping("/{ref}/documents")
    @Operation(summary = "The case's documents")
    List<CaseDocument> documents(@PathVariable String ref) {
        return cases.documents(ref);
    }

    @PostMapping(value = "/{ref}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a document (PDF, PNG, JPEG, Word, Excel or UTF-8 text; 10 MB at most)")
    CaseDocument attach(@PathVariable String ref, @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "refusal.required");
        }
        return cases.attach(ref, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{ref}/documents/{id}")
    @Operation(summary = "Download a document (those who may see the case)")
    ResponseEntity<byte[]> download(@PathVariable String ref, @PathVariable long id) {
        return cases.download(ref, id).asAttachment();
    }
}
