package dev.tandem.journal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;

/**
 * The auditor's view of the journal: entries newest first, filtered by subject, person, kind of change and time;
 * the chain's verification and its head, to anchor.
 * Access is limited to auditors and administrators (see the security configuration).
 */
@Controller
class JournalController {

    static final int PAGE = 50;
    private static final java.time.format.DateTimeFormatter UTC =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private final Journal journal;
    private final Refusals refusals;

    JournalController(Journal journal, Refusals refusals) {
        this.journal = journal;
        this.refusals = refusals;
    }

    @GetMapping("/journal")
    String entries(@RequestParam(required = false) Long before, @RequestParam(required = false) String subjectType,
                   @RequestParam(required = false) String subjectId, @RequestParam(required = false) String actor,
                   @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("utc", UTC);
        model.addAttribute("anchor", journal.anchor());
        if (before == null && !model.containsAttribute("verification")) {
            // the first page shows the state of the chain as an auditor opens it: from the last checkpoint on, so
            // that opening it stays quick with millions of entries; the button checks every entry
            model.addAttribute("verification", journal.verifySinceCheckpoint());
        }
        List<JournalEntry> entries;
        try {
            entries = journal.entries(before, PAGE, new JournalFilter(subjectType, subjectId, actor, action,
                    day("from", from, 0), day("to", to, 1)));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            entries = List.of();
        }
        model.addAttribute("entries", entries);
        model.addAttribute("older", entries.size() == PAGE ? entries.get(entries.size() - 1).seq() : null);
        return "journal/list";
    }

    /** The start of a day (UTC), or of the day after for an inclusive end. */
    private static java.time.Instant day(String field, String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "refusal.journal.date", value);
        }
    }

    @PostMapping("/journal/verify")
    String verify(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", journal.verifyAndKeep());
        if (htmx != null) {
            return "journal/list :: verification";
        }
        return entries(null, null, null, null, null, null, null, model);
    }
}
