package dev.tandem.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.match.Explanation;
import dev.tandem.screening.core.match.Hit;
import dev.tandem.screening.core.match.NameMatcher;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Screening over HTTP: screen names, read and import list versions, read and decide hits. */
@RestController
@RequestMapping("/api")
@Tag(name = "Screening", description = "Sanctions screening of names against the imported list versions")
class ScreeningApiController {

    private final ScreeningManagement screening;
    private final ListImport listImport;

    ScreeningApiController(ScreeningManagement screening, ListImport listImport) {
        this.screening = screening;
        this.listImport = listImport;
    }

    @InitBinder("listImportForm")
    void bindImport(WebDataBinder binder) {
        ListImportForm.acceptSourceInAnyCase(binder);
    }

    /** Names to screen, the lists to report hits from (default: all) and the threshold (default: the matcher's). */
    record ScreeningRequest(@NotEmpty @Size(max = ScreeningManagement.MAX_NAMES) List<@NotNull @Valid NameToScreen> names,
                            Set<@NotNull ListSource> lists,
                            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double threshold) {
    }

    record ScreeningResponse(double threshold, List<ScreenedName> results) {
    }

    record ScreenedName(String id, String name, List<HitResource> hits) {
        static ScreenedName of(ScreeningManagement.Screened s) {
            return new ScreenedName(s.id(), s.name(), s.hits().stream().map(HitResource::of).toList());
        }
    }

    /** A hit with its explanation both as one readable line ({@code summary}) and in parts. */
    record HitResource(ListSource list, String reference, EntryType type, String listedName, String matchedName,
                       double score, String summary, Explanation explanation) {
        static HitResource of(Hit h) {
            return new HitResource(h.source(), h.reference(), h.type(), h.listedName(), h.matchedName(), h.score(),
                    h.explanation().toString(), h.explanation());
        }
    }

    @PostMapping("/screenings")
    @Operation(summary = "Screen one or many names",
            description = "Each name may give its type (PERSON, ORGANISATION, VESSEL, AIRCRAFT), date of birth and "
                    + "nationality. 'lists' limits the lists hits come from (default: all); 'threshold' overrides the "
                    + "default of " + NameMatcher.DEFAULT_THRESHOLD + ". Each hit names the entry, the alias that "
                    + "matched, the token pairs and the rule that made them equal. At most "
                    + ScreeningManagement.MAX_NAMES + " names per request.")
    ScreeningResponse screen(@Valid @RequestBody ScreeningRequest request) {
        List<ScreeningManagement.Screened> results = screening.screen(request.names(), request.lists(), request.threshold());
        return new ScreeningResponse(request.threshold() == null ? NameMatcher.DEFAULT_THRESHOLD : request.threshold(),
                results.stream().map(ScreenedName::of).toList());
    }

    @GetMapping("/lists")
    @Operation(summary = "Imported list versions, newest first")
    List<ListVersionSummary> lists() {
        return screening.listVersions();
    }

    @PostMapping(value = "/lists", consumes = "multipart/form-data")
    @Operation(summary = "Import a list file (administrator)",
            description = "source: un (consolidated XML), ofac (sdn.csv; add/alt/comments may not be uploaded this "
                    + "way: use the command line for the full set) or opensanctions (entity JSON lines).")
    ResponseEntity<ListImport.Result> importList(@Valid ListImportForm form) throws IOException {
        Path temp = Files.createTempFile("tandem-list-", ".upload");
        try {
            form.getFile().transferTo(temp);
            ListImport.Result result = listImport.importFile(form.getSource(), temp, form.fileName());
            return ResponseEntity.status(result.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping("/screening/hits")
    @Operation(summary = "Hits on the names Tandem keeps screening; filter by status")
    List<HitView> hits(@RequestParam(required = false) HitStatus status, @RequestParam(defaultValue = "100") int limit) {
        return screening.hits(status, limit);
    }

    @PostMapping("/screening/hits/{id}/decision")
    @Operation(summary = "Decide an open hit (co-chairs): TRUE_MATCH or FALSE_POSITIVE, with the reason",
            description = "A FALSE_POSITIVE on a hit scoring 0.95 or more is only proposed: the hit stays OPEN with "
                    + "awaitingConfirmation true until a second co-chair of another party (or a decider of another "
                    + "role) confirms it. Send the version you read to be told (409) when someone decided it first.")
    HitView decide(@PathVariable long id, @Valid @RequestBody HitDecision decision) {
        return screening.decide(id, decision.decision(), decision.reason(), decision.version());
    }

    @PostMapping("/screening/hits/{id}/confirmation")
    @Operation(summary = "Confirm (confirmed: true) or reject a proposed false positive, with the reason",
            description = "Only a second person may answer: one who decides hits, did not propose it and differs "
                    + "from the proposer in role or party. Confirmed, the hit is FALSE_POSITIVE; rejected, it is "
                    + "OPEN again without a proposal.")
    HitView confirm(@PathVariable long id, @Valid @RequestBody HitConfirmation confirmation) {
        return screening.confirmFalsePositive(id, confirmation.confirmed(), confirmation.reason(),
                confirmation.version());
    }
}
