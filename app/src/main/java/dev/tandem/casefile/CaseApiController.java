package dev.tandem.casefile;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

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
    private final CaseAttachments attachments;
    private final CaseQuestions questions;
    private final CaseSearch search;
    private final ItemListImport itemLists;
    private final CaseScreenings screenings;

    CaseApiController(CaseManagement cases, CaseAttachments attachments, CaseQuestions questions, CaseSearch search,
                      ItemListImport itemLists, CaseScreenings screenings) {
        this.cases = cases;
        this.attachments = attachments;
        this.questions = questions;
        this.search = search;
        this.itemLists = itemLists;
        this.screenings = screenings;
    }

    /**
     * A whole case. The same idea has the same name as in the list ({@code forum}); {@code charter} names the forum
     * and version the case was judged under (a handed-over case keeps its predecessor's); each counterparty carries
     * its screening state and hits, in the screening API's shape.
     */
    record CaseResource(String ref, int version, String title, String purpose, CaseCategory category, String applicant,
                        String organisation, String forum, CaseStatus status, String route,
                        java.time.LocalDate plannedFrom, java.time.LocalDate plannedTo, boolean jointVenture,
                        java.util.Set<String> declarations, java.time.LocalDate filedOn, String ruleVersion,
                        JudgedUnder charter, List<LineItem> items,
                        List<CounterpartyScreening> counterparties, List<StatusEvent> history, List<Finding> findings,
                        List<Clearance> clearances) {
    }

    /** The charter a case was judged under: its forum and its version there. */
    record JudgedUnder(String forum, int version) {
    }

    private CaseResource resource(CaseFile f) {
        return new CaseResource(f.ref(), f.version(), f.title(), f.purpose(), f.category(), f.applicant(),
                f.organisation(), f.forumCode(), f.status(), f.route(), f.plannedFrom(), f.plannedTo(),
                f.jointVenture(), f.declarations(), f.filedOn(), f.ruleVersion(),
                f.charterVersion() == null ? null : new JudgedUnder(f.charterForum(), f.charterVersion()), f.items(),
                screenings.of(f), f.history(), f.findings(), f.clearances());
    }

    /** A relative Location: never built from the request's Host header, which a client controls. */
    private static URI location(String path, Object... parts) {
        return UriComponentsBuilder.fromPath(path).buildAndExpand(parts).encode().toUri();
    }

    record Note(@Size(max = CaseLimits.REASON) @CleanText String reason, Integer version) {
    }

    record ForumMove(@NotBlank @Size(max = CaseLimits.FORUM) String forum,
                     @NotBlank @Size(max = CaseLimits.REASON) @CleanText String reason, Integer version) {
    }

    record Question(@NotBlank @Size(max = CaseLimits.QUESTION) @CleanText String question) {
    }

    record Answer(@NotBlank @Size(max = CaseLimits.ANSWER) @CleanText String answer) {
    }

    @GetMapping
    @Operation(summary = "Cases you may see, a page at a time with the total: an applicant's own, or all submitted "
            + "ones for party staff, newest first; with q, those matching the full-text query, best first")
    CasePage list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "" + CasePage.DEFAULT_SIZE) int size,
                  jakarta.servlet.http.HttpServletResponse response) {
        if (q == null || q.isBlank()) {
            return cases.cases(status, page, size);
        }
        // while the index is built after a start, the answer covers the newest cases indexed so far: say how many
        search.building().ifPresent(p -> response.setHeader(SEARCH_INDEX_BUILDING, p.indexed() + "/" + p.of()));
        return search.search(q, status, page, size);
    }

    /** A search answered while the index is still being built carries this header: "indexed/of" cases. */
    static final String SEARCH_INDEX_BUILDING = "Tandem-Search-Index-Building";

    @GetMapping("/{ref}")
    @Operation(summary = "One case with its items, counterparties, history, rule findings and clearances")
    CaseResource get(@PathVariable String ref) {
        return resource(cases.caseFile(ref));
    }

    @PostMapping
    @Operation(summary = "File a draft case (applicant) with a forum that takes cases (forum; default: the only one)")
    ResponseEntity<CaseResource> file(@Valid @RequestBody CaseDraft draft) {
        CaseFile filed = cases.fileDraft(draft);
        return ResponseEntity.created(location("/api/cases/{ref}", filed.ref())).body(resource(filed));
    }

    @PutMapping("/{ref}")
    @Operation(summary = "Revise a draft (applicant); send the version you read")
    CaseResource revise(@PathVariable String ref, @RequestParam(required = false) Integer version,
                        @Valid @RequestBody CaseDraft draft) {
        return resource(cases.revise(ref, draft, version));
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
        return resource(itemLists.replaceItems(ref, version, file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping("/{ref}/submission")
    @Operation(summary = "Submit a draft (applicant): screening, item rules and triage by the forum's charter")
    CaseResource submit(@PathVariable String ref, @Valid @RequestBody(required = false) Note note) {
        return resource(cases.submit(ref, note == null ? null : note.version()));
    }

    @PostMapping("/{ref}/withdrawal")
    @Operation(summary = "Withdraw a case (its applicant, or the secretariat), with the reason")
    CaseResource withdraw(@PathVariable String ref, @Valid @RequestBody Note note) {
        return resource(cases.withdraw(ref, note.reason(), note.version()));
    }

    @PostMapping("/{ref}/review")
    @Operation(summary = "Start the review of a submitted case (secretariat)")
    CaseResource startReview(@PathVariable String ref, @Valid @RequestBody(required = false) Note note) {
        return resource(cases.startReview(ref, note == null ? null : note.reason(), note == null ? null : note.version()));
    }

    @PostMapping("/{ref}/forum")
    @Operation(summary = "File a submitted case with another forum before its review starts (secretariat), with the "
            + "reason; it is triaged under that forum's charter")
    CaseResource moveToForum(@PathVariable String ref, @Valid @RequestBody ForumMove move) {
        return resource(cases.moveToForum(ref, move.forum(), move.reason(), move.version()));
    }

    @PostMapping("/{ref}/items/{line}/purpose-check")
    @Operation(summary = "Confirm a line's declared purpose (secretariat); line counts from 1, send the version you read",
            description = "A spare part for a DPRK civil passenger aircraft (2397 para 7) or fuel for a return flight"
                    + " (2270 para 31) is triaged on the applicant's declaration; this records the secretariat's"
                    + " check, journaled.")
    CaseResource confirmPurpose(@PathVariable String ref, @PathVariable int line,
                                @RequestBody(required = false) Note note) {
        return resource(cases.confirmDeclaredPurpose(ref, line, note == null ? null : note.version()));
    }

    @PostMapping("/{ref}/retriage")
    @Operation(summary = "Triage again under today's rules and charter (secretariat), with the reason")
    CaseResource retriage(@PathVariable String ref, @Valid @RequestBody Note note) {
        return resource(cases.retriage(ref, note.reason()));
    }

    @PostMapping("/{ref}/information-requests")
    @Operation(summary = "Ask the applicant for information (secretariat)")
    ResponseEntity<InformationRequest> ask(@PathVariable String ref, @Valid @RequestBody Question question) {
        InformationRequest asked = questions.ask(ref, question.question());
        return ResponseEntity.created(location("/api/cases/{ref}/information-requests/{id}", ref, asked.id()))
                .body(asked);
    }

    @GetMapping("/{ref}/information-requests/{id}")
    @Operation(summary = "One question to the applicant and its answer")
    InformationRequest question(@PathVariable String ref, @PathVariable long id) {
        return questions.informationRequest(ref, id);
    }

    @GetMapping("/{ref}/information-requests")
    @Operation(summary = "Questions to the applicant and the answers")
    List<InformationRequest> questions(@PathVariable String ref) {
        return questions.informationRequests(ref);
    }

    @PostMapping("/{ref}/information-requests/{id}/answer")
    @Operation(summary = "Answer a question (the case's applicant)")
    InformationRequest answer(@PathVariable String ref, @PathVariable long id, @Valid @RequestBody Answer answer) {
        return questions.answer(ref, id, answer.answer());
    }

    @GetMapping("/{ref}/documents")
    @Operation(summary = "The case's documents")
    List<CaseDocument> documents(@PathVariable String ref) {
        return attachments.documents(ref);
    }

    @PostMapping(value = "/{ref}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document (PDF, PNG, JPEG, Word, Excel or UTF-8 text; 10 MB at most)")
    ResponseEntity<CaseDocument> attach(@PathVariable String ref, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "refusal.required");
        }
        CaseDocument attached = attachments.attach(ref, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(location("/api/cases/{ref}/documents/{id}", ref, attached.id())).body(attached);
    }

    @GetMapping("/{ref}/documents/{id}")
    @Operation(summary = "Download a document (those who may see the case)")
    ResponseEntity<byte[]> download(@PathVariable String ref, @PathVariable long id) {
        return attachments.download(ref, id).asAttachment();
    }
}
