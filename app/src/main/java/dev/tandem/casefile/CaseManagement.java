package dev.tandem.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.CleanTextValidator;
import dev.tandem.common.InputCheck;
import dev.tandem.common.PausePoint;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.decision.ClearanceDecided;
import dev.tandem.decision.ClearanceWork;
import dev.tandem.decision.TriagedCase;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumSummary;
import dev.tandem.identity.UserManagement;
import dev.tandem.identity.UserView;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * A case's life: applicants file, revise, submit and withdraw their own cases; the secretariat moves cases along,
 * files them with another forum and re-triages them; everyone allowed reads them. An applicant never learns that
 * another applicant's case exists, and nobody but its applicant sees a draft. Every change is journaled.
 * Documents are {@link CaseAttachments}', questions {@link CaseQuestions}'.
 */
@Service
public class CaseManagement {

    static final String STAFF = "@permissions.mayRunCases()";
    /** The parties whose working group Tandem serves; a new case goes to their open forum. */
    private static final Set<String> ALLIES = Set.of("ROK", "US");

    private final CaseFiles cases;
    private final CaseAccess access;
    private final CaseTriage triage;
    private final ForumManagement forums;
    private final UserManagement users;
    private final Journal journal;
    private final InputCheck input;
    private final Clock clock;
    private final ClearanceWork clearanceWork;

    @SuppressWarnings("checkstyle:ParameterNumber")
    CaseManagement(CaseFiles cases, CaseAccess access, CaseTriage triage, ForumManagement forums,
                   UserManagement users, Journal journal, InputCheck input, Clock clock, ClearanceWork clearanceWork) {
        this.clearanceWork = clearanceWork;
        this.cases = cases;
        this.access = access;
        this.triage = triage;
        this.forums = forums;
        this.users = users;
        this.journal = journal;
        this.input = input;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------

    /** Cases the caller may see, newest first: an applicant's own, or all submitted ones for party staff. */
    @Transactional(readOnly = true)
    public CasePage cases(CaseStatus status, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "refusal.casefile.page");
        }
        if (size < 1 || size > CasePage.MAX_SIZE) {
            throw new InvalidInputException("size", "refusal.casefile.pageSize", CasePage.MAX_SIZE);
        }
        return cases.rows(access.applicantOrNull(), status, page, size);
    }

    /** The first page of the cases the caller may see. */
    @Transactional(readOnly = true)
    public List<CaseSummary> cases(CaseStatus status) {
        return cases(status, 0, CasePage.DEFAULT_SIZE).cases();
    }

    @Transactional(readOnly = true)
    public CaseFile caseFile(String ref) {
        return access.visible(ref);
    }

    /** The forums a case may be filed with today: open, of the allies, with a charter in force to judge it by. */
    @Transactional(readOnly = true)
    public List<ForumSummary> forumsTakingCases() {
        LocalDate today = LocalDate.now(clock);
        return forums.openForumsOf(ALLIES).stream().filter(f -> forums.charterAt(f.code(), today).isPresent())
                .toList();
    }

    // --- the applicant's side ------------------------------------------------------------------------------

    /**
     * Starts a draft case for the signed-in applicant with the forum it names (none named: the only forum that takes
     * cases). A forum that is terminated, suspended or has no charter to judge cases by is refused, saying so.
     */
    @PreAuthorize("@permissions.mayFileCases()")
    @Transactional
    public CaseFile fileDraft(CaseDraft draft) {
        validate(draft);
        triage.checkTerms(draft, LocalDate.now(clock));
        UserView applicant = users.currentUser().orElseThrow();
        String forum = draft.forum() == null ? onlyForumTakingCases() : forumTakingCases(draft.forum());
        CaseFile saved = cases.save(CaseFile.draft(draft, applicant.username(), applicant.organisation(), forum,
                clock.instant()));
        journal.record(Change.of("casefile.drafted", "case", saved.ref()).to(CaseState.of(saved)));
        return saved;
    }

    @PreAuthorize("@permissions.mayFileCases()")
    @Transactional
    public CaseFile revise(String ref, CaseDraft draft, Integer version) {
        CaseFile file = CaseAccess.requireVersion(access.owned(ref, null), version);
        validate(draft);
        triage.checkTerms(draft, LocalDate.now(clock));
        if (draft.forum() != null && !draft.forum().equals(file.forumCode())) {
            forumTakingCases(draft.forum());
        }
        CaseState before = CaseState.of(file);
        file.revise(draft);
        CaseFile saved = cases.save(file);
        journal.record(Change.of("casefile.revised", "case", ref).from(before).to(CaseState.of(saved)));
        return saved;
    }

    /**
     * Submits a draft: its counterparties are screened, its items checked against the rules in force today, and
     * the forum's charter in force today decides which clearances it needs.
     */
    @PreAuthorize("@permissions.mayFileCases()")
    @Transactional
    public CaseFile submit(String ref, Integer version) {
        CaseFile file = access.owned(ref, version);
        if (file.items().isEmpty() && file.counterparties().isEmpty()) {
            throw new InvalidInputException("items", "refusal.casefile.nothingToSubmit");
        }
        CaseState before = CaseState.of(file);
        LocalDate today = LocalDate.now(clock);
        file.submit(today, clock.instant(), access.actor());
        CaseTriage.Outcome outcome = triage.triage(file, today);
        file.triaged(outcome.ruleVersion(), outcome.charterForum(), outcome.charterVersion(), outcome.findings(),
                outcome.clearances());
        CaseFile saved = cases.save(file);
        PausePoint.reach("case-submit");
        journal.record(Change.of("casefile.submitted", "case", ref).from(before).to(CaseState.of(saved))
                .because(outcome.summary()));
        clearanceWork.triaged(triaged(saved, today));
        return saved;
    }

    @PreAuthorize("@permissions.mayWorkOnCases()")
    @Transactional
    public CaseFile withdraw(String ref, String reason, Integer version) {
        CaseFile file = access.ownedOrStaff(ref, version);
        requireReason(reason);
        moveStatus(file, "casefile.withdrawn", reason, () -> file.withdraw(clock.instant(), access.actor(), reason));
        triage.release(ref);
        clearanceWork.withdrawn(ref, reason);
        return cases.byRef(ref).orElseThrow();
    }

    // --- the secretariat's side ----------------------------------------------------------------------------

    /**
     * Files a submitted case with another forum that takes cases, before that forum takes it up, and triages it
     * under the new forum's charter in force today. Journaled with the reason.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile moveToForum(String ref, String forumCode, String reason, Integer version) {
        CaseFile file = access.staffCase(ref, version);
        requireReason(reason);
        if (forumCode == null || forumCode.isBlank()) {
            throw new InvalidInputException("forum", "refusal.casefile.forumRequired");
        }
        String forum = forumTakingCases(forumCode.strip());
        CaseState before = CaseState.of(file);
        file.moveToForum(forum);
        CaseTriage.Outcome outcome = triage.triage(file, LocalDate.now(clock));
        file.triaged(outcome.ruleVersion(), outcome.charterForum(), outcome.charterVersion(), outcome.findings(),
                outcome.clearances());
        CaseFile saved = cases.save(file);
        journal.record(Change.of("casefile.forum-changed", "case", ref).from(before).to(CaseState.of(saved))
                .because(reason + " — " + before.forum() + " → " + forum + ": " + outcome.summary()));
        clearanceWork.triaged(triaged(saved, LocalDate.now(clock)));
        return saved;
    }

    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile startReview(String ref, String note, Integer version) {
        CaseFile file = access.staffCase(ref, version);
        return moveStatus(file, "casefile.review-started", note, () -> file.startReview(clock.instant(), access.actor(), note));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile recordDecision(String ref, String outcome, Integer version) {
        CaseFile file = access.staffCase(ref, version);
        requireReason(outcome);
        return moveStatus(file, "casefile.decided", outcome, () -> file.recordDecision(clock.instant(), access.actor(), outcome));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile startImplementing(String ref, String note, Integer version) {
        CaseFile file = access.staffCase(ref, version);
        return moveStatus(file, "casefile.implementing", note, () -> file.startImplementing(clock.instant(), access.actor(), note));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile close(String ref, String note, Integer version) {
        CaseFile file = access.staffCase(ref, version);
        return moveStatus(file, "casefile.closed", note, () -> file.close(clock.instant(), access.actor(), note));
    }

    /** The facts of a case an applicant may declare under the rules in force today (the joint venture aside). */
    public List<String> caseDeclarations() {
        return triage.caseDeclarations(LocalDate.now(clock));
    }

    /**
     * The secretariat confirms a line's declared purpose (a civil aircraft spare part under 2397 para 7, fuel for a
     * return flight under 2270 para 31): the exception the line was triaged under then rests on a named person's
     * check, journaled with the line. A declaration found false is not confirmed: the case is asked for
     * information or re-triaged without it.
     */
    @PreAuthorize("@permissions.mayRunCases()")
    @Transactional
    public CaseFile confirmDeclaredPurpose(String ref, int line, Integer version) {
        CaseFile file = access.staffCase(ref, version);
        LineItem confirmed = file.confirmDeclaredPurpose(line, access.actor(), clock.instant());
        CaseFile saved = cases.save(file);
        journal.record(Change.of("casefile.purpose-confirmed", "case", ref)
                .to(java.util.Map.of("line", line, "declaredPurpose", confirmed.declaredPurpose(),
                        "hsCode", confirmed.hsCode()))
                .because("line " + line + " checked against its declared purpose"));
        return saved;
    }

    /**
     * Triages a submitted case again under the rules and charter in force today (a case otherwise keeps those it
     * was filed under), and journals what changed.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile retriage(String ref, String reason) {
        requireReason(reason);
        CaseFile file = access.staffCase(ref, null);
        requireTriaged(file);
        return retriaged(file, triage.triage(file, LocalDate.now(clock)), reason);
    }

    /**
     * Triages a case again under the rules in force on its filing day and the very charter (forum and version) it
     * was judged under, e.g. because a new list names a counterparty. A handed-over case keeps its predecessor's.
     */
    CaseFile rejudge(CaseFile file, String reason) {
        requireTriaged(file);
        return retriaged(file, triage.rejudge(file), reason);
    }

    /** A terminated forum's open case moves to its successor with its whole history and the charter it was judged by. */
    CaseFile handOver(CaseFile file, String successor, String reason) {
        CaseState before = CaseState.of(file);
        file.handOverTo(successor);
        CaseFile saved = cases.save(file);
        journal.record(Change.of("casefile.handed-over", "case", file.ref()).from(before).to(CaseState.of(saved))
                .because(reason));
        return saved;
    }

    private static void requireTriaged(CaseFile file) {
        if (file.status() != CaseStatus.SUBMITTED && file.status() != CaseStatus.IN_REVIEW) {
            throw new RuleViolationException("status", "refusal.casefile.retriageStatus", file.ref(),
                    CaseFile.label(file.status()));
        }
    }

    private CaseFile retriaged(CaseFile file, CaseTriage.Outcome outcome, String reason) {
        CaseState before = CaseState.of(file);
        file.triaged(outcome.ruleVersion(), outcome.charterForum(), outcome.charterVersion(), outcome.findings(),
                outcome.clearances());
        CaseFile saved = cases.save(file);
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("ruleVersion", List.of(String.valueOf(before.ruleVersion()), String.valueOf(saved.ruleVersion())));
        changed.put("charterVersion", List.of(before.charterForum() + " " + before.charterVersion(),
                saved.charterForum() + " " + saved.charterVersion()));
        changed.put("clearances", List.of(authorities(before.clearances()), authorities(saved.clearances())));
        journal.record(Change.of("casefile.retriaged", "case", file.ref()).from(before).to(CaseState.of(saved))
                .because(reason + " — changed: " + changed));
        clearanceWork.triaged(triaged(saved, LocalDate.now(clock)));
        return saved;
    }

    /**
     * A clearance was decided: its outcome is stored, and when it was the case's last open clearance the case is
     * decided, journaled with the outcomes. A case no longer waiting (withdrawn, or decided by the record of the
     * past) keeps its status; only the clearance's outcome is stored.
     */
    CaseFile clearanceDecided(ClearanceDecided decided) {
        CaseFile file = cases.byRef(decided.caseRef()).orElse(null);
        if (file == null || decided.clearancePosition() >= file.clearances().size()
                || !file.clearances().get(decided.clearancePosition()).pending()) {
            return file;
        }
        CaseState before = CaseState.of(file);
        boolean all = file.clearanceDecided(decided.clearancePosition(), decided.outcome());
        String why = decided.authority() + " " + decided.outcome() + ": " + decided.reason();
        boolean decide = all && file.awaitsClearances();
        if (decide) {
            file.recordDecision(clock.instant(), access.actor(), "all clearances decided: "
                    + file.clearances().stream().map(c -> c.authority() + " " + c.status())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        CaseFile saved = cases.save(file);
        journal.record(Change.of(decide ? "casefile.decided" : "casefile.clearance-decided", "case", file.ref())
                .from(before).to(CaseState.of(saved)).because(why));
        return saved;
    }

    /** What the decision module needs to give each clearance of a triaged case its life. */
    static TriagedCase triaged(CaseFile file, LocalDate on) {
        List<TriagedCase.ClearanceToDecide> clearances = new java.util.ArrayList<>();
        for (int i = 0; i < file.clearances().size(); i++) {
            clearances.add(new TriagedCase.ClearanceToDecide(i, file.clearances().get(i).authority()));
        }
        return new TriagedCase(file.ref(), file.title(), file.forumCode(), file.charterForum(),
                file.charterVersion(), on, clearances);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private CaseFile moveStatus(CaseFile file, String action, String note, Runnable move) {
        CaseState before = CaseState.of(file);
        move.run();
        CaseFile saved = cases.save(file);
        journal.record(Change.of(action, "case", file.ref()).from(before).to(CaseState.of(saved)).because(note));
        return saved;
    }

    private String onlyForumTakingCases() {
        List<ForumSummary> open = forumsTakingCases();
        if (open.isEmpty()) {
            throw new RuleViolationException("forum", "refusal.casefile.noOpenForum");
        }
        if (open.size() > 1) {
            throw new InvalidInputException("forum", "refusal.casefile.chooseForum",
                    String.join(", ", open.stream().map(ForumSummary::code).toList()));
        }
        return open.get(0).code();
    }

    /** The forum, if it takes cases today; otherwise refused with the reason. */
    private String forumTakingCases(String code) {
        ForumSummary forum = forums.summary(code).orElseThrow(() -> new NotFoundException("forum", "forum", code));
        if (!forum.status().isOpen()) {
            throw new RuleViolationException("forum", "refusal.casefile.forumNotOpen", code,
                    new DefaultMessageSourceResolvable(new String[] {"status." + forum.status().name()},
                            forum.status().name()));
        }
        if (!forum.parties().containsAll(ALLIES) || forums.charterAt(code, LocalDate.now(clock)).isEmpty()) {
            throw new RuleViolationException("forum", "refusal.casefile.forumReviewsNoCases", code);
        }
        return code;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "refusal.reasonRequired");
        }
        text("reason", reason, CaseLimits.REASON);
    }

    private static List<String> authorities(List<Clearance> clearances) {
        return clearances.stream().map(Clearance::authority).toList();
    }

    /** The draft's constraints (as the API and the form check them), then the rules between its fields. */
    void validate(CaseDraft d) {
        input.valid(d);
        checkDates(d);
    }

    static void checkDates(CaseDraft d) {
        if (d.plannedFrom() != null && d.plannedTo() != null && d.plannedTo().isBefore(d.plannedFrom())) {
            throw new InvalidInputException("plannedTo", "refusal.casefile.plannedToBeforeFrom", d.plannedFrom());
        }
    }

    /** Required text of at most {@code max} characters, clean of control and invisible characters. */
    static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "refusal.required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "refusal.tooLong", max);
        }
        if (!CleanTextValidator.isClean(value)) {
            throw new InvalidInputException(field, CleanTextValidator.REFUSAL);
        }
    }
}
