package dev.tandem.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.calendar.WorkingCalendar;
import dev.tandem.casefile.CaseTriagePreview;
import dev.tandem.casefile.Clearance;
import dev.tandem.common.InvalidInputException;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.Charter;
import dev.tandem.forum.DecisionRule;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumSummary;

/**
 * "What if": every case of a period triaged again under another charter (a stored version, or a draft typed on the
 * page and never stored), side by side with how it was triaged; a report, never a change. The casefile module's
 * own triage does the work ({@link CaseTriagePreview}), so the answer is the one triage would give.
 */
@Service
public class WhatIf {

    /** More cases than this in one rehearsal is refused: it loads each case, unlike the dashboard's aggregates. */
    static final int MAX_CASES = 5_000;

    public enum Route { ALONE, FORUM, UN, NONE }

    /** A draft charter's routing part, as typed on the page. */
    public record DraftCharter(String name, CaseRouting caseRouting, Integer objectionWindowDays,
                               Integer forumReviewDays) {
    }

    /** One case whose route would change, with the new clearances' reasons in both languages. */
    public record ChangedCase(String ref, LocalDate filedOn, Route before, Route after, int daysBefore, int daysAfter,
                              LocalDate dueBefore, LocalDate dueAfter, List<Clearance> underCharter) {
    }

    /**
     * The side-by-side counts ({@code before}: as triaged; {@code after}: under the charter), the working days the
     * longest clock of each case runs (clearances run side by side), summed over the cases, and the changed cases.
     */
    public record Result(String charterName, String charterNameKo, int cases, Map<Route, Integer> before,
                         Map<Route, Integer> after, long workingDaysBefore, long workingDaysAfter,
                         List<ChangedCase> changed) {
    }

    private final ReportQueries queries;
    private final CaseTriagePreview preview;
    private final ForumManagement forums;
    private final WorkingCalendar calendar;

    WhatIf(ReportQueries queries, CaseTriagePreview preview, ForumManagement forums, WorkingCalendar calendar) {
        this.queries = queries;
        this.preview = preview;
        this.forums = forums;
        this.calendar = calendar;
    }

    /** Under a stored charter: {@code charter} is "forum:version", e.g. "rok-us-dg-consultation:1". */
    @PreAuthorize("@permissions.maySeeReports()")
    @Transactional(readOnly = true)
    public Result underStoredCharter(ReportFilter filter, String charter) {
        String[] parts = charter == null ? new String[0] : charter.split(":", 2);
        Charter stored = null;
        if (parts.length == 2 && parts[1].matches("\\d{1,6}")) {
            stored = forums.charter(parts[0], Integer.parseInt(parts[1])).orElse(null);
        }
        if (stored == null) {
            throw new InvalidInputException("charter", "refusal.reporting.unknownCharter", charter);
        }
        return run(filter, parts[0], stored);
    }

    /** Under a draft charter that is not in force anywhere and is not stored. */
    @PreAuthorize("@permissions.maySeeReports()")
    @Transactional(readOnly = true)
    public Result underDraftCharter(ReportFilter filter, DraftCharter draft) {
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            throw new InvalidInputException("draft.name", "refusal.reporting.draftName");
        }
        if (draft.caseRouting() == null) {
            throw new InvalidInputException("draft.caseRouting", "refusal.reporting.draftRouting");
        }
        int review = days("draft.forumReviewDays", draft.forumReviewDays(), 1);
        int window = draft.caseRouting() == CaseRouting.SELECTIVE
                ? days("draft.objectionWindowDays", draft.objectionWindowDays(), 1) : 0;
        String name = draft.name().strip();
        Charter charter = new Charter(0, name, name, filter.from(), DecisionRule.CONSENSUS_OF_CO_CHAIRS, review,
                true, draft.caseRouting(), window, review, null);
        return run(filter, "draft", charter);
    }

    private static int days(String field, Integer value, int min) {
        if (value == null || value < min || value > 250) {
            throw new InvalidInputException(field, "refusal.reporting.draftDays", min, 250);
        }
        return value;
    }

    private Result run(ReportFilter filter, String charterForum, Charter charter) {
        List<String> refs = queries.refs(filter, MAX_CASES);
        if (refs.size() > MAX_CASES) {
            throw new InvalidInputException("to", "refusal.reporting.whatIfTooMany", MAX_CASES);
        }
        Map<Route, Integer> before = counts();
        Map<Route, Integer> after = counts();
        long daysBefore = 0;
        long daysAfter = 0;
        List<ChangedCase> changed = new ArrayList<>();
        for (CaseTriagePreview.Preview p : preview.preview(refs, charterForum, charter)) {
            Route was = route(p.asTriaged());
            Route would = route(p.underCharter());
            before.merge(was, 1, Integer::sum);
            after.merge(would, 1, Integer::sum);
            int clockBefore = longestClock(p.asTriaged());
            int clockAfter = longestClock(p.underCharter());
            daysBefore += clockBefore;
            daysAfter += clockAfter;
            if (was != would) {
                Set<String> parties = forums.summary(p.forumCode()).map(ForumSummary::parties).orElse(Set.of());
                changed.add(new ChangedCase(p.ref(), p.filedOn(), was, would, clockBefore, clockAfter,
                        calendar.addWorkingDays(p.filedOn(), clockBefore, parties),
                        calendar.addWorkingDays(p.filedOn(), clockAfter, parties), p.underCharter()));
            }
        }
        return new Result(charter.name(), charter.nameKo(), before.values().stream().mapToInt(i -> i).sum(), before,
                after, daysBefore, daysAfter, changed);
    }

    private static Map<Route, Integer> counts() {
        Map<Route, Integer> counts = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            counts.put(route, 0);
        }
        return counts;
    }

    /** The same precedence as the dashboard's routes: a UN exemption, else the forum, else a notice alone. */
    static Route route(List<Clearance> clearances) {
        Set<String> authorities = new java.util.HashSet<>();
        clearances.forEach(c -> authorities.add(c.authority()));
        if (authorities.contains("UN_1718_EXEMPTION")) {
            return Route.UN;
        }
        if (authorities.contains("FORUM_REVIEW")) {
            return Route.FORUM;
        }
        return authorities.contains("PARTNER_NOTICE") ? Route.ALONE : Route.NONE;
    }

    private static int longestClock(List<Clearance> clearances) {
        return clearances.stream().mapToInt(Clearance::workingDays).max().orElse(0);
    }
}
