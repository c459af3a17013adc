package dev.tandem.journal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's view of the journal: entries newest first, a filter by subject, and the chain check.
 * Access is limited to auditors and administrators (see the security configuration).
 */
@Controller
class JournalController {

    static final int PAGE = 50;
    private static final java.time.format.DateTimeFormatter UTC =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private final Journal journal;

    JournalController(Journal journal) {
        this.journal = journal;
    }

    @GetMapping("/journal")
    String entries(@RequestParam(required = false) Long before, @RequestParam(required = false) String subjectType,
                   @RequestParam(required = false) String subjectId, Model model) {
        List<JournalEntry> entries = journal.entries(before, PAGE, subjectType, subjectId);
        model.addAttribute("entries", entries);
        model.addAttribute("utc", UTC);
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("older", entries.size() == PAGE ? entries.get(entries.size() - 1).seq() : null);
        return "journal/list";
    }

    @PostMapping("/journal/verify")
    String verify(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", journal.verify());
        if (htmx != null) {
            return "journal/list :: verification";
        }
        return entries(null, null, null, model);
    }
}
