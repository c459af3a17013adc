package dev.tandem.journal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The journal over HTTP, for auditors and administrators. Read-only: the journal cannot be changed. */
@RestController
@RequestMapping("/api/journal")
@Tag(name = "Journal", description = "The hash-chained record of every change")
class JournalApiController {

    private final Journal journal;

    JournalApiController(Journal journal) {
        this.journal = journal;
    }

    @GetMapping
    @Operation(summary = "Entries newest first; page with before=<seq of the oldest entry you have>")
    List<JournalEntry> entries(@RequestParam(required = false) Long before,
                               @RequestParam(defaultValue = "50") int limit,
                               @RequestParam(required = false) String subjectType,
                               @RequestParam(required = false) String subjectId,
                               @RequestParam(required = false) String actor,
                               @RequestParam(required = false) String action) {
        return journal.entries(before, limit, new JournalFilter(subjectType, subjectId, actor, action, null, null));
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the whole chain; lists every broken entry by number")
    JournalVerification verify() {
        return journal.verify();
    }
}
