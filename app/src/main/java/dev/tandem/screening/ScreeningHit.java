package dev.tandem.screening;

import java.time.Instant;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.screening.core.list.ListSource;

/**
 * A hit on a name Tandem keeps screening, and the only way its state changes: a decision (true match, or false
 * positive with the reason), a false positive proposed by one person and confirmed or rejected by a second, or the
 * entry leaving the list. Each method checks the current state and refuses with a reason; the repository only
 * stores what the hit became (ADR 0011).
 * <p>
 * A proposal leaves the hit {@link HitStatus#OPEN}: whoever reads hit states (triage) keeps treating it as
 * unresolved until the second person confirms it.
 */
final class ScreeningHit {

    /** At or above this score a false positive needs a second person (four eyes). */
    static final double FOUR_EYES_SCORE = 0.95;
    /** The roles that decide hits, as the README's role table says: co-chairs decide for their party. */
    static final List<String> DECIDING_ROLES = List.of("CO_CHAIR");
    static final int MAX_REASON_LENGTH = ScreeningLimits.REASON;

    private final long id;
    private final String subjectRef;
    private final String subjectName;
    private final ListSource source;
    private final String reference;
    private final String listedName;
    private final String matchedName;
    private final double score;
    private final String explanation;
    private final Instant raisedAt;
    private final int version;

    private HitStatus status;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;
    private Proposal proposal;

    /** A false positive waiting for its second person. */
    record Proposal(String by, String role, String party, Instant at, String reason) {
    }

    ScreeningHit(HitView stored, Proposal proposal) {
        this.id = stored.id();
        this.subjectRef = stored.subjectRef();
        this.subjectName = stored.subjectName();
        this.source = stored.source();
        this.reference = stored.reference();
        this.listedName = stored.listedName();
        this.matchedName = stored.matchedName();
        this.score = stored.score();
        this.explanation = stored.explanation();
        this.raisedAt = stored.raisedAt();
        this.version = stored.version();
        this.status = stored.status();
        this.decidedBy = stored.decidedBy();
        this.decidedAt = stored.decidedAt();
        this.decisionReason = stored.decisionReason();
        this.proposal = proposal;
    }

    /** The hit a view shows, e.g. to tell who may confirm its proposal without loading it again. */
    static ScreeningHit of(HitView view) {
        Proposal proposal = view.awaitingConfirmation() ? new Proposal(view.proposedBy(), view.proposerRole(),
                view.proposerParty(), view.proposedAt(), view.proposalReason()) : null;
        return new ScreeningHit(view, proposal);
    }

    long id() {
        return id;
    }

    int version() {
        return version;
    }

    HitStatus status() {
        return status;
    }

    Proposal proposal() {
        return proposal;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decisionReason() {
        return decisionReason;
    }

    boolean needsSecondPerson() {
        return score >= FOUR_EYES_SCORE;
    }

    boolean awaitingConfirmation() {
        return status == HitStatus.OPEN && proposal != null;
    }

    /** A true match, or a false positive on a hit that needs no second person. */
    void decide(Decider by, HitStatus decision, String reason, Instant at) {
        if (decision != HitStatus.TRUE_MATCH && decision != HitStatus.FALSE_POSITIVE) {
            throw new InvalidInputException("decision", "refusal.screening.hit.decisionValues");
        }
        String why = checkedReason(reason);
        requireDecider(by, "decision");
        requireOpenWithoutProposal("decision");
        if (decision == HitStatus.FALSE_POSITIVE && needsSecondPerson()) {
            throw new RuleViolationException("decision", "refusal.screening.hit.needsSecondPerson", id,
                    formattedScore(), FOUR_EYES_SCORE);
        }
        status = decision;
        decidedBy = by.name();
        decidedAt = at;
        decisionReason = why;
    }

    /** The first person's false positive on a hit that needs a second: the hit stays open until confirmed. */
    void proposeFalsePositive(Decider by, String reason, Instant at) {
        String why = checkedReason(reason);
        requireDecider(by, "decision");
        requireOpenWithoutProposal("decision");
        proposal = new Proposal(by.name(), by.decidingRole(), by.party(), at, why);
    }

    /** A second person confirms the proposed false positive: now it is decided. */
    void confirmFalsePositive(Decider by, String reason, Instant at) {
        String why = checkedReason(reason);
        requireSecondPerson(by);
        status = HitStatus.FALSE_POSITIVE;
        decidedBy = by.name();
        decidedAt = at;
        decisionReason = why;
    }

    /** A second person rejects the proposed false positive: the hit is open again, without a proposal. */
    void rejectFalsePositive(Decider by, String reason) {
        checkedReason(reason);
        requireSecondPerson(by);
        proposal = null;
    }

    /** The entry left the list while the hit was open (proposed or not). */
    void delist(String by, String reason, Instant at) {
        if (status != HitStatus.OPEN) {
            throw new RuleViolationException("status", "refusal.screening.hit.notOpen", id, label(status));
        }
        status = HitStatus.DELISTED;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason;
        proposal = null;
    }

    /** Whether {@code by} may confirm or reject the proposal: see {@link #requireSecondPerson}. */
    boolean mayBeConfirmedBy(Decider by) {
        return awaitingConfirmation() && secondPersonRefusal(by) == null;
    }

    HitView view() {
        Proposal p = awaitingConfirmation() ? proposal : null;
        return new HitView(id, subjectRef, subjectName, source, reference, listedName, matchedName, score,
                explanation, status, raisedAt, decidedBy, decidedAt, decisionReason, version,
                p != null, p == null ? null : p.by(), p == null ? null : p.role(), p == null ? null : p.party(),
                p == null ? null : p.at(), p == null ? null : p.reason());
    }

    private void requireSecondPerson(Decider by) {
        String refusal = secondPersonRefusal(by);
        if (refusal != null) {
            throw new RuleViolationException("confirmed", refusal, id, proposal == null ? "" : proposal.by());
        }
    }

    /** A second person decides hits, is not the proposer, and differs from the proposer in role or party. */
    private String secondPersonRefusal(Decider by) {
        if (!awaitingConfirmation()) {
            return "refusal.screening.hit.noProposal";
        }
        String role = by.decidingRole();
        if (role == null) {
            return "refusal.screening.hit.notADecider";
        }
        if (by.name().equals(proposal.by())) {
            return "refusal.screening.hit.sameProposer";
        }
        if (role.equals(proposal.role()) && java.util.Objects.equals(by.party(), proposal.party())) {
            return "refusal.screening.hit.sameRoleAndParty";
        }
        return null;
    }

    private void requireDecider(Decider by, String field) {
        if (by.decidingRole() == null) {
            throw new RuleViolationException(field, "refusal.screening.hit.notADecider", id);
        }
    }

    private void requireOpenWithoutProposal(String field) {
        if (status != HitStatus.OPEN) {
            throw new RuleViolationException(field, "refusal.screening.hit.notOpen", id, label(status));
        }
        if (proposal != null) {
            throw new RuleViolationException(field, "refusal.screening.hit.awaitingConfirmation", id, proposal.by());
        }
    }

    private static String checkedReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "refusal.screening.hit.reasonRequired");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "refusal.screening.hit.reasonTooLong", MAX_REASON_LENGTH);
        }
        return reason.strip();
    }

    private static DefaultMessageSourceResolvable label(HitStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"hitStatus." + status.name()}, status.name());
    }

    private String formattedScore() {
        return String.format(java.util.Locale.ROOT, "%.2f", score);
    }
}
