package dev.tandem.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;

/**
 * The life of one clearance of a case: a partner notice with its objection window, a review by the forum (at a
 * session or by written no-objection procedure, whose clock holds stop), or a UN exemption to wait for. It changes
 * only through the methods below, each of which checks the stage it is in and refuses with a reason.
 */
class Review {

    /** Counts working days for the parties whose answers a clock waits on. */
    interface Days {
        /** The day {@code days} working days after {@code start}. */
        LocalDate after(LocalDate start, int days);

        /** Working days after {@code from} up to and including {@code to}. */
        int between(LocalDate from, LocalDate to);
    }

    /**
     * A running clock's count: {@code days} working days after {@code from} (the day a notice opened, a procedure
     * was circulated or its last hold lifted). Kept so that the due date can be counted again when a holiday is added
     * or removed inside the window.
     */
    record Count(LocalDate from, int days) {
    }

    static final String NO_OBJECTION = "NO_OBJECTION";

    private final Long id;
    private final String caseRef;
    private final String caseTitle;
    private final int clearancePosition;
    private final String authority;
    private String forumCode;
    private final Set<String> parties;
    private final Set<String> partners;
    private Stage stage;
    private final String decisionRule;
    private final boolean holdsAllowed;
    private final int windowDays;
    private final int procedureDays;
    private final LocalDate openedOn;
    private LocalDate dueOn;
    private Count count;
    private Integer remainingDays;
    private Long sessionId;
    private Outcome outcome;
    private String conditions;
    private String outcomeReason;
    private Instant decidedAt;
    private String movedFrom;
    private int round;
    private final int version;
    private final List<Position> positions;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Review(Long id, String caseRef, String caseTitle, int clearancePosition, String authority, String forumCode,
           Set<String> parties, Set<String> partners, Stage stage, String decisionRule, boolean holdsAllowed,
           int windowDays, int procedureDays, LocalDate openedOn, LocalDate dueOn, Count count,
           Integer remainingDays, Long sessionId, Outcome outcome, String conditions, String outcomeReason,
           Instant decidedAt, String movedFrom, int round, int version, List<Position> positions) {
        this.id = id;
        this.caseRef = caseRef;
        this.caseTitle = caseTitle;
        this.clearancePosition = clearancePosition;
        this.authority = authority;
        this.forumCode = forumCode;
        this.parties = Set.copyOf(parties);
        this.partners = Set.copyOf(partners);
        this.stage = stage;
        this.decisionRule = decisionRule;
        this.holdsAllowed = holdsAllowed;
        this.windowDays = windowDays;
        this.procedureDays = procedureDays;
        this.openedOn = openedOn;
        this.dueOn = dueOn;
        this.count = count;
        this.remainingDays = remainingDays;
        this.sessionId = sessionId;
        this.outcome = outcome;
        this.conditions = conditions;
        this.outcomeReason = outcomeReason;
        this.decidedAt = decidedAt;
        this.movedFrom = movedFrom;
        this.round = round;
        this.version = version;
        this.positions = new ArrayList<>(positions);
    }

    /** What the charter in force for the case says about deciding it. */
    record Rules(String decisionRule, boolean holdsAllowed, int windowDays, int procedureDays) {
    }

    /**
     * A new life for a clearance triage derived: a partner notice starts its window at once (its clock counts the
     * partners' working days), a forum review joins the queue, a UN exemption waits.
     */
    static Review open(String caseRef, String caseTitle, int position, String authority, String forumCode,
                       Set<String> forumParties, Set<String> partners, Rules rules, LocalDate today, Days partnerDays) {
        Stage stage;
        LocalDate due = null;
        Count count = null;
        switch (authority) {
            case "PARTNER_NOTICE":
                if (partners.isEmpty()) {
                    throw new RuleViolationException("forum", "refusal.decision.noPartner", forumCode);
                }
                stage = Stage.NOTICE;
                count = new Count(today, rules.windowDays());
                due = partnerDays.after(today, rules.windowDays());
                break;
            case "FORUM_REVIEW":
                stage = Stage.QUEUED;
                break;
            case "UN_1718_EXEMPTION":
                stage = Stage.PENDING_EXEMPTION;
                break;
            default:
                throw new IllegalArgumentException("unknown authority " + authority);
        }
        return new Review(null, caseRef, caseTitle, position, authority, forumCode, forumParties, partners, stage,
                rules.decisionRule(), rules.holdsAllowed(), rules.windowDays(), rules.procedureDays(), today, due,
                count, null, null, null, null, null, null, null, 1, 0, List.of());
    }

    // --- positions --------------------------------------------------------------------------------------------

    /**
     * A party's position. On a notice only the partners answer: an objection sends the item to the forum's queue,
     * concurrence of every partner clears it at once, a hold is refused (silence already waits). On a written
     * procedure a hold stops the clock (the working days it lasts are not counted), lifting the last hold starts it
     * again from where it stopped, an objection ends the procedure and returns the item to the queue for a session,
     * and concurrence of every party decides it at once.
     */
    void take(Position position, LocalDate today, Days days, Instant now) {
        if (!stage.asksPositions()) {
            throw new RuleViolationException("review", "refusal.decision.notAsking", id, label(stage));
        }
        if (!answering().contains(position.party())) {
            throw new RuleViolationException("party", "refusal.decision.notYourItem", position.party(), id);
        }
        PositionKind kind = position.kind();
        if (kind.needsText() && (position.text() == null || position.text().isBlank())) {
            throw new InvalidInputException("text", kind == PositionKind.OBJECT
                    ? "refusal.decision.reasonRequired" : "refusal.decision.conditionsRequired");
        }
        if (kind == PositionKind.HOLD && stage == Stage.NOTICE) {
            throw new RuleViolationException("kind", "refusal.decision.noHoldOnNotice");
        }
        if (kind == PositionKind.HOLD && !holdsAllowed) {
            throw new RuleViolationException("kind", "refusal.decision.holdsNotAllowed", forumCode);
        }
        Position before = current().get(position.party());
        if (kind == PositionKind.HOLD && before != null && before.kind() == PositionKind.HOLD) {
            throw new RuleViolationException("kind", "refusal.decision.holdingAlready", position.party());
        }
        positions.add(new Position(position.party(), kind, blankToNull(position.text()), position.takenBy(),
                position.delegated(), round, position.takenAt()));
        switch (stage) {
            case NOTICE:
                if (kind == PositionKind.OBJECT) {
                    stage = Stage.QUEUED;
                    stopClock();
                } else if (allConcur(partners)) {
                    decide(concurrence(), position.party() + " concurred before the notice window ended", now);
                }
                break;
            case PROCEDURE:
                if (kind == PositionKind.HOLD) {
                    if (dueOn != null) {
                        int left = days.between(today, dueOn);
                        stopClock();
                        remainingDays = left;
                    }
                } else if (kind == PositionKind.OBJECT) {
                    stage = Stage.QUEUED;
                    stopClock();
                } else {
                    if (dueOn == null && holders().isEmpty()) {
                        startClock(today, remainingDays, days);
                    }
                    if (allConcur(parties)) {
                        decide(concurrence(), "every party concurred before the procedure's deadline", now);
                    }
                }
                break;
            default:
                break;
        }
    }

    /** Circulates a queued item for written no-objection, if the charter decides that way. */
    void circulate(LocalDate today, Days days) {
        if (stage != Stage.QUEUED) {
            throw new RuleViolationException("review", "refusal.decision.circulateOnlyQueued", id, label(stage));
        }
        if (!NO_OBJECTION.equals(decisionRule)) {
            throw new RuleViolationException("review", "refusal.decision.charterDecidesAtSessions", forumCode);
        }
        round++;
        stage = Stage.PROCEDURE;
        startClock(today, procedureDays, days);
    }

    /**
     * A party's calendar changed on {@code day}: a running clock whose window spans that day (after the day it counts
     * from, up to its due date) counts its working days again. Returns whether the due date moved. A stopped clock
     * owes its remaining working days whatever the calendar, so a hold needs nothing; a clock kept from before its
     * count was stored ({@link #count} null) keeps its date.
     */
    boolean recount(LocalDate day, Days days) {
        if (dueOn == null || count == null || !day.isAfter(count.from()) || day.isAfter(dueOn)) {
            return false;
        }
        LocalDate again = days.after(count.from(), count.days());
        if (again.equals(dueOn)) {
            return false;
        }
        dueOn = again;
        return true;
    }

    private void startClock(LocalDate from, int workingDays, Days days) {
        count = new Count(from, workingDays);
        dueOn = days.after(from, workingDays);
        remainingDays = null;
    }

    private void stopClock() {
        dueOn = null;
        count = null;
        remainingDays = null;
    }

    /**
     * The clock of a notice or a procedure ran out: silence is consent. Returns false (and changes nothing) when
     * the item no longer waits on that clock, so a late or repeated deadline is harmless.
     */
    boolean lapse(LocalDate dueDay, Instant now) {
        if (dueOn == null || !dueOn.equals(dueDay)) {
            return false;
        }
        if (stage == Stage.NOTICE) {
            decide(concurrence(), "no objection from " + String.join(", ", new TreeSet<>(partners)) + " within "
                    + windowDays + " working days (until " + dueOn + ")", now);
            return true;
        }
        if (stage == Stage.PROCEDURE && holders().isEmpty()) {
            decide(concurrence(), "no objection by the end of the written procedure (" + dueOn + ")", now);
            return true;
        }
        return false;
    }

    // --- sessions ---------------------------------------------------------------------------------------------

    /** Puts the item on a session's agenda; {@code session} null for a meeting of the past kept without a session record. */
    void takeUpAtSession(Long session) {
        if (stage != Stage.QUEUED) {
            throw new RuleViolationException("review", "refusal.decision.takeUpOnlyQueued", id, label(stage));
        }
        stage = Stage.AT_SESSION;
        sessionId = session;
    }

    /**
     * The outcome at a session, by consensus of the co-chairs present (ADR 0016): every party of the forum must be
     * present; all concur: approved (with the conditions any of them set); any objection: rejected; a hold, a
     * missing position or an absent party: deferred to a later session.
     */
    Outcome recordAtSession(Set<String> present, String note, Instant now) {
        if (stage != Stage.AT_SESSION) {
            throw new RuleViolationException("review", "refusal.decision.notAtSession", id, label(stage));
        }
        Map<String, Position> current = current();
        Outcome result;
        String why;
        Set<String> absent = new TreeSet<>(parties);
        absent.removeAll(present);
        List<String> objecting = parties.stream().filter(p -> kindOf(current, p) == PositionKind.OBJECT).sorted().toList();
        if (!absent.isEmpty()) {
            result = Outcome.DEFERRED;
            why = "not present: " + String.join(", ", absent);
        } else if (!objecting.isEmpty()) {
            result = Outcome.REJECTED;
            why = "objection by " + String.join(", ", objecting);
        } else if (allConcur(parties)) {
            result = concurrence();
            why = "consensus of the co-chairs present";
        } else {
            result = Outcome.DEFERRED;
            why = "no consensus yet: " + parties.stream().filter(p -> !concurs(current, p)).sorted()
                    .map(p -> p + " " + (current.containsKey(p) ? current.get(p).kind().name() : "no position"))
                    .collect(Collectors.joining(", "));
        }
        String reason = note == null || note.isBlank() ? why : why + " — " + note.strip();
        if (result == Outcome.DEFERRED) {
            stage = Stage.QUEUED;
            sessionId = null;
            outcome = Outcome.DEFERRED;
            outcomeReason = reason;
        } else {
            decide(result, reason, now);
        }
        return result;
    }

    // --- other endings and moves ------------------------------------------------------------------------------

    void withdraw(String reason, Instant now) {
        requireOpen();
        decide(Outcome.WITHDRAWN, reason, now);
    }

    /** The case was triaged again: this clearance gives way to the new ones. */
    void supersede() {
        requireOpen();
        stage = Stage.SUPERSEDED;
        stopClock();
    }

    /** The UN 1718 Committee decided the exemption this clearance waits for. */
    void exemptionDecided(boolean approved, String reason, Instant now) {
        if (stage != Stage.PENDING_EXEMPTION) {
            throw new RuleViolationException("review", "refusal.decision.notAsking", id, label(stage));
        }
        decide(approved ? Outcome.APPROVED : Outcome.REJECTED, reason, now);
    }

    /**
     * The forum terminated and its successor takes the open item with its positions, holds and clock; an item
     * taken up at the old forum's session returns to the successor's queue.
     */
    void handOverTo(String successor) {
        requireOpen();
        movedFrom = forumCode;
        forumCode = successor;
        if (stage == Stage.AT_SESSION) {
            stage = Stage.QUEUED;
            sessionId = null;
        }
    }

    private void decide(Outcome result, String reason, Instant now) {
        stage = Stage.DECIDED;
        outcome = result;
        outcomeReason = reason;
        decidedAt = now;
        stopClock();
        if (result == Outcome.APPROVED_WITH_CONDITIONS) {
            Map<String, Position> current = current();
            conditions = current.values().stream().filter(p -> p.kind() == PositionKind.CONCUR_WITH_CONDITIONS)
                    .map(p -> p.party() + ": " + p.text()).sorted().collect(Collectors.joining("; "));
        }
    }

    private void requireOpen() {
        if (!stage.isOpen()) {
            throw new RuleViolationException("review", "refusal.decision.closed", id, label(stage));
        }
    }

    private Outcome concurrence() {
        return current().values().stream().anyMatch(p -> p.kind() == PositionKind.CONCUR_WITH_CONDITIONS)
                ? Outcome.APPROVED_WITH_CONDITIONS : Outcome.APPROVED;
    }

    private boolean allConcur(Set<String> who) {
        Map<String, Position> current = current();
        return who.stream().allMatch(p -> concurs(current, p));
    }

    private static boolean concurs(Map<String, Position> current, String party) {
        return current.containsKey(party) && current.get(party).kind().concurs();
    }

    private static PositionKind kindOf(Map<String, Position> current, String party) {
        return current.containsKey(party) ? current.get(party).kind() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static DefaultMessageSourceResolvable label(Stage stage) {
        return new DefaultMessageSourceResolvable(new String[] {"stage." + stage.name()}, stage.name());
    }

    // --- reading ----------------------------------------------------------------------------------------------

    /** The parties whose answer the item waits for: the partners on a notice, every party of the forum otherwise. */
    Set<String> answering() {
        return stage == Stage.NOTICE ? partners : parties;
    }

    /** Each party's latest position of the current round. */
    Map<String, Position> current() {
        Map<String, Position> current = new LinkedHashMap<>();
        for (Position p : positions) {
            if (p.round() == round) {
                current.put(p.party(), p);
            }
        }
        return current;
    }

    /** The parties whose hold stops the clock now. */
    Set<String> holders() {
        return current().values().stream().filter(p -> p.kind() == PositionKind.HOLD).map(Position::party)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether {@code party} must still say something: asked, and silent or holding in this round. */
    boolean waitsFor(String party) {
        if (!stage.asksPositions() || !answering().contains(party)) {
            return false;
        }
        Position p = current().get(party);
        return p == null || p.kind() == PositionKind.HOLD;
    }

    Long id() { return id; }
    String caseRef() { return caseRef; }
    String caseTitle() { return caseTitle; }
    int clearancePosition() { return clearancePosition; }
    String authority() { return authority; }
    String forumCode() { return forumCode; }
    Set<String> parties() { return parties; }
    Set<String> partners() { return partners; }
    Stage stage() { return stage; }
    String decisionRule() { return decisionRule; }
    boolean holdsAllowed() { return holdsAllowed; }
    int windowDays() { return windowDays; }
    int procedureDays() { return procedureDays; }
    LocalDate openedOn() { return openedOn; }
    LocalDate dueOn() { return dueOn; }
    Count count() { return count; }
    Integer remainingDays() { return remainingDays; }
    Long sessionId() { return sessionId; }
    Outcome outcome() { return outcome; }
    String conditions() { return conditions; }
    String outcomeReason() { return outcomeReason; }
    Instant decidedAt() { return decidedAt; }
    String movedFrom() { return movedFrom; }
    int round() { return round; }
    int version() { return version; }
    List<Position> positions() { return Collections.unmodifiableList(positions); }
}
