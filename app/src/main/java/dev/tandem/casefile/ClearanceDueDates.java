package dev.tandem.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.calendar.HolidaysChanged;
import dev.tandem.calendar.WorkingCalendar;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumSummary;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * Keeps the due dates triage gave the pending clearances of a case true to the calendar: when a party's holiday is
 * added or removed, a clearance whose clock counts that party's working days (the charter forum's parties, as
 * triage counted them) and spans the day counts again, in the transaction of the holiday change, journaled. The
 * decision module does the same for the clocks it runs (a partner notice, a written procedure).
 */
@Component
class ClearanceDueDates {

    private final CaseFiles cases;
    private final ForumManagement forums;
    private final WorkingCalendar calendar;
    private final Journal journal;

    ClearanceDueDates(CaseFiles cases, ForumManagement forums, WorkingCalendar calendar, Journal journal) {
        this.cases = cases;
        this.forums = forums;
        this.calendar = calendar;
        this.journal = journal;
    }

    @EventListener
    @Transactional
    public void recount(HolidaysChanged change) {
        // many cases share a forum: its parties are asked for once
        Map<String, Set<String>> partiesOf = new HashMap<>();
        for (String ref : cases.refsCountingAcross(change.day())) {
            CaseFile file = cases.byRef(ref).orElseThrow();
            String forum = file.charterForum() == null ? file.forumCode() : file.charterForum();
            Set<String> parties = partiesOf.computeIfAbsent(forum,
                    f -> forums.summary(f).map(ForumSummary::parties).orElse(Set.of()));
            if (!parties.contains(change.party())) {
                continue;
            }
            CaseState before = CaseState.of(file);
            if (file.recountClearances(change.day(), (from, days) -> calendar.addWorkingDays(from, days, parties))) {
                cases.saveDueDates(file);
                journal.record(Change.of("casefile.clearance-due-recounted", "case", ref).from(before)
                        .to(CaseState.of(file)).because("the calendar of " + change.party() + " changed on "
                                + change.day()));
            }
        }
    }
}
