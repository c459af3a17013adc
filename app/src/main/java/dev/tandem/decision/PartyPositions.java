package dev.tandem.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.InputCheck;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.identity.CurrentUser;
import dev.tandem.identity.Permissions;
import dev.tandem.identity.UserManagement;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * A party's side of deciding: its co-chair (or a member under delegation) takes the party's positions, members
 * propose positions that the co-chair adopts or declines, the co-chair delegates for a period. The party is always
 * the signed-in user's; proposals and delegations are the party's own business and never shown to another party.
 */
@Service
public class PartyPositions {

    private final Reviews reviews;
    private final Proposals proposals;
    private final Delegations delegations;
    private final ReviewRecorder recorder;
    private final ForumReviews forumReviews;
    private final ReviewClocks deadlines;
    private final CurrentUser user;
    private final Permissions permissions;
    private final UserManagement users;
    private final Journal journal;
    private final InputCheck input;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    PartyPositions(Reviews reviews, Proposals proposals, Delegations delegations, ReviewRecorder recorder,
                   ForumReviews forumReviews, ReviewClocks deadlines, CurrentUser user, Permissions permissions,
                   UserManagement users, Journal journal, InputCheck input, Clock clock) {
        this.reviews = reviews;
        this.proposals = proposals;
        this.delegations = delegations;
        this.recorder = recorder;
        this.forumReviews = forumReviews;
        this.deadlines = deadlines;
        this.user = user;
        this.permissions = permissions;
        this.users = users;
        this.journal = journal;
        this.input = input;
        this.clock = clock;
    }

    /** Takes the signed-in user's party's position on an item (see {@link Review#take}). */
    @PreAuthorize("@permissions.mayTakePositionsForTheirParty()")
    @Transactional
    public ReviewItem take(long reviewId, TakePosition command) {
        input.valid(command);
        String party = party();
        boolean delegated = requireMayDecide(party);
        return forumReviews.item(takeAs(reviewId, party, command.kind(), command.text(), delegated, "decision.position-taken"));
    }

    /** A member proposes a position for the party's co-chair. */
    @PreAuthorize("@permissions.mayProposePositions()")
    @Transactional
    public Proposal propose(long reviewId, TakePosition command) {
        input.valid(command);
        String party = party();
        Review review = reviews.byId(reviewId).orElseThrow(() -> new NotFoundException("review", "review", reviewId));
        if (!review.stage().asksPositions() || !review.answering().contains(party)) {
            throw new RuleViolationException("review", "refusal.decision.notAsking", reviewId, Review.label(review.stage()));
        }
        if (command.kind().needsText() && (command.text() == null || command.text().isBlank())) {
            throw new InvalidInputException("text", command.kind() == PositionKind.OBJECT
                    ? "refusal.decision.reasonRequired" : "refusal.decision.conditionsRequired");
        }
        Proposal proposal = proposals.insert(reviewId, party, command.kind(),
                command.text() == null || command.text().isBlank() ? null : command.text().strip(), user.actorName(),
                clock.instant());
        journal.record(Change.of("decision.position-proposed", "review", reviewId).to(proposal));
        return proposal;
    }

    /** The party's proposals on an item, newest last; another party's are never among them. */
    @PreAuthorize("@permissions.maySeeReviews()")
    @Transactional(readOnly = true)
    public List<Proposal> proposals(long reviewId) {
        return user.party().map(p -> proposals.of(reviewId, p)).orElse(List.of());
    }

    /** The co-chair (or delegate) adopts a member's proposal: it becomes the party's position. */
    @PreAuthorize("@permissions.mayTakePositionsForTheirParty()")
    @Transactional
    public ReviewItem adopt(long reviewId, long proposalId) {
        String party = party();
        boolean delegated = requireMayDecide(party);
        Proposal proposal = proposal(reviewId, proposalId, party);
        Proposal adopted = proposal.answered(true, user.actorName(), clock.instant());
        proposals.answer(adopted);
        Review review = takeAs(reviewId, party, proposal.kind(), proposal.text(), delegated, "decision.proposal-adopted");
        return forumReviews.item(review);
    }

    @PreAuthorize("@permissions.mayTakePositionsForTheirParty()")
    @Transactional
    public Proposal decline(long reviewId, long proposalId) {
        String party = party();
        requireMayDecide(party);
        Proposal proposal = proposal(reviewId, proposalId, party);
        Proposal declined = proposal.answered(false, user.actorName(), clock.instant());
        proposals.answer(declined);
        journal.record(Change.of("decision.proposal-declined", "review", reviewId).from(proposal).to(declined));
        return declined;
    }

    // --- delegation ------------------------------------------------------------------------------------------

    @PreAuthorize("@permissions.mayDecideForTheirParty()")
    @Transactional(readOnly = true)
    public List<Delegation> delegations() {
        return delegations.of(party());
    }

    /** Lets a member of the party take its positions from one day to another; journaled. */
    @PreAuthorize("@permissions.mayDecideForTheirParty()")
    @Transactional
    public Delegation delegate(NewDelegation command) {
        input.valid(command);
        String party = party();
        String delegate = command.delegate().strip();
        if (users.memberOfMyParty(delegate).isEmpty()) {
            throw new InvalidInputException("delegate", "refusal.decision.notAMember", delegate, party);
        }
        if (command.to().isBefore(command.from())) {
            throw new InvalidInputException("to", "refusal.decision.toBeforeFrom", command.from());
        }
        if (command.to().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("to", "refusal.decision.delegationOver");
        }
        Delegation delegation = delegations.insert(party, delegate, command.from(), command.to(), user.actorName(),
                clock.instant());
        journal.record(Change.of("decision.delegated", "delegation", delegation.id()).to(delegation));
        return delegation;
    }

    @PreAuthorize("@permissions.mayDecideForTheirParty()")
    @Transactional
    public Delegation revoke(long delegationId) {
        String party = party();
        Delegation delegation = delegations.byId(delegationId, party)
                .orElseThrow(() -> new NotFoundException("delegation", "delegation", delegationId));
        Instant now = clock.instant();
        if (!delegations.revoke(delegationId, user.actorName(), now)) {
            throw new RuleViolationException("delegation", "refusal.decision.revokedAlready", delegationId);
        }
        Delegation revoked = delegations.byId(delegationId, party).orElseThrow();
        journal.record(Change.of("decision.delegation-revoked", "delegation", delegationId).from(delegation)
                .to(revoked));
        return revoked;
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private Review takeAs(long reviewId, String party, PositionKind kind, String text, boolean delegated,
                          String action) {
        Review review = reviews.lock(reviewId).orElseThrow(() -> new NotFoundException("review", "review", reviewId));
        ReviewState before = ReviewState.of(review);
        Instant now = clock.instant();
        review.take(new Position(party, kind, text, user.actorName(), delegated, review.round(), now),
                LocalDate.now(clock), deadlines.of(review.stage() == Stage.NOTICE ? review.partners() : review.parties()),
                now);
        return recorder.changed(before, review, action, party + " " + kind
                + (text == null || text.isBlank() ? "" : ": " + text.strip())
                + (delegated ? " (by " + user.actorName() + " under delegation)" : ""), false);
    }

    /** Whether the user acts under delegation; refused when a member has no delegation in force today. */
    private boolean requireMayDecide(String party) {
        if (permissions.mayDecideForTheirParty()) {
            return false;
        }
        String name = user.actorName();
        if (!delegations.active(party, name, LocalDate.now(clock))) {
            throw new RuleViolationException("kind", "refusal.decision.notDelegated", name, party);
        }
        return true;
    }

    private Proposal proposal(long reviewId, long proposalId, String party) {
        Proposal proposal = proposals.byId(proposalId, party).filter(p -> p.reviewId() == reviewId)
                .orElseThrow(() -> new NotFoundException("proposal", "proposal", proposalId));
        if (!proposal.open()) {
            throw new RuleViolationException("proposal", "refusal.decision.proposalAnswered", proposalId,
                    proposal.status());
        }
        return proposal;
    }

    private String party() {
        return user.party().orElseThrow(() -> new RuleViolationException("party", "refusal.decision.noParty"));
    }
}
