package dev.tandem.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import dev.tandem.common.RuleViolationException;

/**
 * A cooperation project or request. Its contents change only while it is a draft; its status only along
 * {@link CaseStatus#next()}; every status change is kept in its history. Triage replaces its findings and
 * clearances as a whole and records the rule and charter versions it used.
 */
public class CaseFile {

    private final Long id;
    private final String ref;
    private String title;
    private String purpose;
    private CaseCategory category;
    private final String applicant;
    private final String organisation;
    private String forumCode;
    private String route;
    private LocalDate plannedFrom;
    private LocalDate plannedTo;
    private boolean jointVenture;
    private CaseStatus status;
    private LocalDate filedOn;
    private String ruleVersion;
    private String charterForum;
    private Integer charterVersion;
    private final Instant createdAt;
    private final int version;
    private List<LineItem> items;
    private List<Counterparty> counterparties;
    private final List<StatusEvent> history;
    private List<Finding> findings;
    private List<Clearance> clearances;
    private java.util.Set<String> declarations = java.util.Set.of();

    @SuppressWarnings("checkstyle:ParameterNumber")
    CaseFile(Long id, String ref, String title, String purpose, CaseCategory category, String applicant,
             String organisation, String forumCode, String route, LocalDate plannedFrom, LocalDate plannedTo,
             boolean jointVenture, CaseStatus status, LocalDate filedOn, String ruleVersion, String charterForum,
             Integer charterVersion, Instant createdAt, int version, List<LineItem> items, List<Counterparty> counterparties,
             List<StatusEvent> history, List<Finding> findings, List<Clearance> clearances) {
        this.id = id;
        this.ref = ref;
        this.title = title;
        this.purpose = purpose;
        this.category = category;
        this.applicant = applicant;
        this.organisation = organisation;
        this.forumCode = forumCode;
        this.route = route;
        this.plannedFrom = plannedFrom;
        this.plannedTo = plannedTo;
        this.jointVenture = jointVenture;
        this.status = status;
        this.filedOn = filedOn;
        this.ruleVersion = ruleVersion;
        this.charterForum = charterForum;
        this.charterVersion = charterVersion;
        this.createdAt = createdAt;
        this.version = version;
        this.items = List.copyOf(items);
        this.counterparties = List.copyOf(counterparties);
        this.history = new ArrayList<>(history);
        this.findings = List.copyOf(findings);
        this.clearances = List.copyOf(clearances);
    }

    /** A new draft of an applicant, to go to {@code forumCode}. */
    static CaseFile draft(CaseDraft d, String applicant, String organisation, String forumCode, Instant now) {
        CaseFile file = new CaseFile(null, null, d.title(), d.purpose(), d.category(), applicant, organisation,
                forumCode, d.route(), d.plannedFrom(), d.plannedTo(), d.jointVenture(), CaseStatus.DRAFT, null, null,
                null, null, now, 0, d.items(), d.counterparties(), List.of(), List.of(), List.of());
        file.history.add(new StatusEvent(CaseStatus.DRAFT, now, applicant, null));
        file.declarations = d.declarations();
        return file;
    }

    /** Replaces what the applicant wrote; only a draft can be edited. */
    void revise(CaseDraft d) {
        requireDraft("edit");
        title = d.title();
        purpose = d.purpose();
        category = d.category();
        route = d.route();
        plannedFrom = d.plannedFrom();
        plannedTo = d.plannedTo();
        jointVenture = d.jointVenture();
        declarations = d.declarations();
        items = List.copyOf(d.items());
        counterparties = List.copyOf(d.counterparties());
        if (d.forum() != null) {
            forumCode = d.forum();
        }
    }

    /** The declarations as stored, when the case is read back. */
    CaseFile withStoredDeclarations(java.util.Set<String> stored) {
        declarations = java.util.Set.copyOf(stored);
        return this;
    }

    /**
     * The secretariat confirms that line {@code line} (1-based) is what its declared purpose says. Only a submitted
     * case or one in review can be checked, only a line with a declared purpose, and only once.
     */
    LineItem confirmDeclaredPurpose(int line, String actor, Instant at) {
        if (status != CaseStatus.SUBMITTED && status != CaseStatus.IN_REVIEW) {
            throw new dev.tandem.common.RuleViolationException("status", "refusal.casefile.purposeCheckStatus",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"caseStatus." + status.name()}, status.name()));
        }
        if (line < 1 || line > items.size()) {
            throw new dev.tandem.common.InvalidInputException("line", "refusal.casefile.noSuchLine", line);
        }
        LineItem item = items.get(line - 1);
        if (item.declaredPurpose() == null) {
            throw new dev.tandem.common.RuleViolationException("line", "refusal.casefile.noPurposeToCheck", line);
        }
        if (item.purposeCheckedBy() != null) {
            throw new dev.tandem.common.RuleViolationException("line", "refusal.casefile.purposeConfirmedAlready", line,
                    item.purposeCheckedBy());
        }
        List<LineItem> checked = new ArrayList<>(items);
        LineItem confirmed = item.purposeConfirmed(actor, at);
        checked.set(line - 1, confirmed);
        items = List.copyOf(checked);
        return confirmed;
    }

    void submit(LocalDate on, Instant at, String actor) {
        move(CaseStatus.SUBMITTED, at, actor, null);
        filedOn = on;
    }

    void startReview(Instant at, String actor, String note) {
        move(CaseStatus.IN_REVIEW, at, actor, note);
    }

    void recordDecision(Instant at, String actor, String note) {
        move(CaseStatus.DECIDED, at, actor, note);
    }

    void startImplementing(Instant at, String actor, String note) {
        move(CaseStatus.IMPLEMENTING, at, actor, note);
    }

    void close(Instant at, String actor, String note) {
        move(CaseStatus.CLOSED, at, actor, note);
    }

    void withdraw(Instant at, String actor, String note) {
        move(CaseStatus.WITHDRAWN, at, actor, note);
    }

    /**
     * Moves an open case to the successor of its terminated forum, keeping everything else, the charter it was
     * judged under included: that charter is the predecessor's, whatever version numbers the successor's have.
     */
    void handOverTo(String successor) {
        if (!status.isOpen()) {
            throw new RuleViolationException("status", "refusal.casefile.handOverClosed");
        }
        forumCode = successor;
    }

    /**
     * Files a submitted case with another forum before that forum takes it up (review starts); the caller triages
     * it again under the new forum's charter.
     */
    void moveToForum(String forum) {
        if (status != CaseStatus.SUBMITTED) {
            throw new RuleViolationException("forum", "refusal.casefile.moveOnlySubmitted", ref, label(status));
        }
        if (forum.equals(forumCode)) {
            throw new RuleViolationException("forum", "refusal.casefile.sameForum", ref, forum);
        }
        forumCode = forum;
    }

    /** Records the outcome of triage under the given rule version and the charter of a forum. */
    void triaged(String ruleVersion, String charterForum, Integer charterVersion, List<Finding> findings,
                 List<Clearance> clearances) {
        this.ruleVersion = ruleVersion;
        this.charterForum = charterForum;
        this.charterVersion = charterVersion;
        this.findings = List.copyOf(findings);
        this.clearances = List.copyOf(clearances);
    }

    /**
     * Stores the outcome of one clearance (position from 0); returns whether every clearance of the case is now
     * decided. A clearance is decided once; a position the case does not have is refused.
     */
    boolean clearanceDecided(int position, String outcome) {
        if (position < 0 || position >= clearances.size()) {
            throw new RuleViolationException("clearance", "refusal.casefile.noSuchClearance", ref, position);
        }
        if (!clearances.get(position).pending()) {
            throw new RuleViolationException("clearance", "refusal.casefile.clearanceDecided", ref, position,
                    clearances.get(position).status());
        }
        List<Clearance> next = new ArrayList<>(clearances);
        next.set(position, clearances.get(position).decided(outcome));
        clearances = List.copyOf(next);
        return clearances.stream().noneMatch(Clearance::pending);
    }

    /**
     * A holiday of the parties the clearances' clocks count was added or removed on {@code day}: each pending
     * clearance whose clock spans it (after its start, up to its due date) counts its working days again with
     * {@code after} (start, working days: the due day). Returns whether any due date moved.
     */
    boolean recountClearances(LocalDate day, java.util.function.BiFunction<LocalDate, Integer, LocalDate> after) {
        List<Clearance> next = new ArrayList<>();
        boolean moved = false;
        for (Clearance c : clearances) {
            if (c.pending() && day.isAfter(c.startedOn()) && !day.isAfter(c.dueOn())) {
                LocalDate again = after.apply(c.startedOn(), c.workingDays());
                moved |= !again.equals(c.dueOn());
                c = c.dueOn(again);
            }
            next.add(c);
        }
        clearances = List.copyOf(next);
        return moved;
    }

    /** Whether the case waits for its clearances to be decided (submitted or in review). */
    boolean awaitsClearances() {
        return status == CaseStatus.SUBMITTED || status == CaseStatus.IN_REVIEW;
    }

    private void move(CaseStatus next, Instant at, String actor, String note) {
        if (!status.next().contains(next)) {
            if (status.next().isEmpty()) {
                throw new RuleViolationException("status", "refusal.casefile.moveFromEnd", ref, label(status),
                        label(next));
            }
            throw new RuleViolationException("status", "refusal.casefile.move", ref, label(status), label(next),
                    status.next().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        status = next;
        history.add(new StatusEvent(next, at, actor, note));
    }

    private void requireDraft(String what) {
        if (status != CaseStatus.DRAFT) {
            throw new RuleViolationException("status", "refusal.casefile.notDraft", ref, label(status));
        }
    }

    /** A status as a refusal names it, in the reader's language. */
    static MessageSourceResolvable label(CaseStatus s) {
        return new DefaultMessageSourceResolvable(new String[] {"caseStatus." + s.name()}, s.name());
    }

    public boolean ownedBy(String username) {
        return applicant.equals(username);
    }

    public Long id() { return id; }
    public String ref() { return ref; }
    public String title() { return title; }
    public String purpose() { return purpose; }
    public CaseCategory category() { return category; }
    public String applicant() { return applicant; }
    public String organisation() { return organisation; }
    public String forumCode() { return forumCode; }
    public String route() { return route; }
    public LocalDate plannedFrom() { return plannedFrom; }
    public LocalDate plannedTo() { return plannedTo; }
    public boolean jointVenture() { return jointVenture; }
    public java.util.Set<String> declarations() { return declarations; }
    public CaseStatus status() { return status; }
    public LocalDate filedOn() { return filedOn; }
    public String ruleVersion() { return ruleVersion; }
    /** The forum whose charter the case was judged under (its forum then; a handed-over case keeps it). */
    public String charterForum() { return charterForum; }
    public Integer charterVersion() { return charterVersion; }
    public Instant createdAt() { return createdAt; }
    public int version() { return version; }
    public List<LineItem> items() { return items; }
    public List<Counterparty> counterparties() { return counterparties; }
    public List<StatusEvent> history() { return Collections.unmodifiableList(history); }
    public List<Finding> findings() { return findings; }
    public List<Clearance> clearances() { return clearances; }
}
