package dev.tandem.decision;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reviews over HTTP, with the permissions of {@link ForumReviews} and {@link PartyPositions}. */
@RestController
@RequestMapping("/api/reviews")
@Tag(name = "Reviews", description = "Clearances that move: the forum's queue, positions, proposals, delegations, "
        + "written no-objection procedures")
class ReviewApiController {

    private final ForumReviews reviews;
    private final PartyPositions positions;

    ReviewApiController(ForumReviews reviews, PartyPositions positions) {
        this.reviews = reviews;
        this.positions = positions;
    }

    /** An item with every position taken on it and, for the caller's party only, its members' proposals. */
    record ReviewResource(ReviewItem item, List<Position> history, List<Proposal> proposals) {
    }

    @GetMapping
    @Operation(summary = "A forum's items: open ones first, then decided and handed-over ones")
    List<ReviewItem> ofForum(@RequestParam String forum) {
        return reviews.items(forum);
    }

    @GetMapping("/waiting")
    @Operation(summary = "Items on which the caller's party must still take a position")
    List<ReviewItem> waiting() {
        return reviews.waitingForMyParty();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One item with its positions, clock and the caller's party's proposals")
    ReviewResource one(@PathVariable long id) {
        return new ReviewResource(reviews.find(id), reviews.history(id), positions.proposals(id));
    }

    @PostMapping("/{id}/positions")
    @Operation(summary = "Take the caller's party's position (co-chair, or a member under delegation)")
    ReviewItem take(@PathVariable long id, @Valid @RequestBody TakePosition position) {
        return positions.take(id, position);
    }

    @PostMapping("/{id}/proposals")
    @Operation(summary = "Propose a position for the party's co-chair (member)")
    ResponseEntity<Proposal> propose(@PathVariable long id, @Valid @RequestBody TakePosition position) {
        Proposal proposal = positions.propose(id, position);
        return ResponseEntity.created(location("/api/reviews/{id}", id)).body(proposal);
    }

    @PostMapping("/{id}/proposals/{proposal}/adoption")
    @Operation(summary = "Adopt a member's proposal as the party's position")
    ReviewItem adopt(@PathVariable long id, @PathVariable long proposal) {
        return positions.adopt(id, proposal);
    }

    @PostMapping("/{id}/proposals/{proposal}/declining")
    @Operation(summary = "Decline a member's proposal")
    Proposal decline(@PathVariable long id, @PathVariable long proposal) {
        return positions.decline(id, proposal);
    }

    @PostMapping("/{id}/procedure")
    @Operation(summary = "Circulate a queued item for written no-objection (secretariat)")
    ReviewItem circulate(@PathVariable long id) {
        return reviews.circulate(id);
    }

    @GetMapping("/delegations")
    @Operation(summary = "The caller's party's delegations (co-chair)")
    List<Delegation> delegations() {
        return positions.delegations();
    }

    @PostMapping("/delegations")
    @Operation(summary = "Let a member of the party take its positions for a period (co-chair)")
    ResponseEntity<Delegation> delegate(@Valid @RequestBody NewDelegation delegation) {
        Delegation made = positions.delegate(delegation);
        return ResponseEntity.created(location("/api/reviews/delegations")).body(made);
    }

    @PostMapping("/delegations/{id}/revocation")
    @Operation(summary = "Revoke a delegation (co-chair)")
    Delegation revoke(@PathVariable long id) {
        return positions.revoke(id);
    }

    /** A relative Location: never built from the request's Host header, which a client controls. */
    private static URI location(String path, Object... parts) {
        return UriComponentsBuilder.fromPath(path).buildAndExpand(parts).encode().toUri();
    }
}
