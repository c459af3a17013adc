package dev.tandem.decision;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.PageActions;
import dev.tandem.common.PageActions.Shown;
import dev.tandem.forum.ForumManagement;
import dev.tandem.identity.CurrentUser;
import dev.tandem.identity.Permissions;

/** The forum's queue, an item's page (positions, proposals, clock) and the co-chair's delegations. */
@Controller
class ReviewController {

    private static final String DELEGATIONS = "/reviews/delegations";

    private final ForumReviews reviews;
    private final PartyPositions positions;
    private final ForumManagement forums;
    private final Permissions permissions;
    private final CurrentUser user;
    private final PageActions pages;

    ReviewController(ForumReviews reviews, PartyPositions positions, ForumManagement forums, Permissions permissions,
                     CurrentUser user, PageActions pages) {
        this.reviews = reviews;
        this.positions = positions;
        this.forums = forums;
        this.permissions = permissions;
        this.user = user;
        this.pages = pages;
    }

    @GetMapping("/reviews")
    String queue(@RequestParam(required = false) String forum, Model model) {
        model.addAttribute("forums", forums.forums());
        model.addAttribute("forum", forum);
        model.addAttribute("items", forum == null || forum.isBlank() ? java.util.List.of() : reviews.items(forum));
        return "reviews/queue";
    }

    @GetMapping("/reviews/{id}")
    String detail(@PathVariable long id, Model model) {
        ReviewItem item = reviews.find(id);
        model.addAttribute("item", item);
        model.addAttribute("history", reviews.history(id));
        model.addAttribute("proposals", positions.proposals(id));
        model.addAttribute("kinds", PositionKind.values());
        model.addAttribute("myParty", user.party().orElse(null));
        model.addAttribute("asksMe", user.party().map(p -> item.stage().asksPositions()
                && (item.stage() == Stage.NOTICE ? item.partners() : item.parties()).contains(p)).orElse(false));
        model.addAttribute("mayCirculate", permissions.mayRunReviews() && item.stage() == Stage.QUEUED
                && Review.NO_OBJECTION.equals(item.decisionRule()));
        return "reviews/detail";
    }

    @PostMapping("/reviews/{id}/positions")
    String take(@PathVariable long id, @Valid TakePosition form, BindingResult result, RedirectAttributes redirect) {
        return act(id, result, redirect, "review.position.taken", () -> positions.take(id, form));
    }

    @PostMapping("/reviews/{id}/proposals")
    String propose(@PathVariable long id, @Valid TakePosition form, BindingResult result, RedirectAttributes redirect) {
        return act(id, result, redirect, "review.proposal.made", () -> positions.propose(id, form));
    }

    @PostMapping("/reviews/{id}/proposals/{proposal}/adoption")
    String adopt(@PathVariable long id, @PathVariable long proposal, RedirectAttributes redirect) {
        return act(id, null, redirect, "review.proposal.adopted", () -> positions.adopt(id, proposal));
    }

    @PostMapping("/reviews/{id}/proposals/{proposal}/declining")
    String decline(@PathVariable long id, @PathVariable long proposal, RedirectAttributes redirect) {
        return act(id, null, redirect, "review.proposal.declined", () -> positions.decline(id, proposal));
    }

    @PostMapping("/reviews/{id}/procedure")
    String circulate(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, null, redirect, "review.procedure.circulated", () -> reviews.circulate(id));
    }

    @GetMapping("/reviews/delegations")
    String delegations(Model model) {
        model.addAttribute("delegations", positions.delegations());
        return "reviews/delegations";
    }

    @PostMapping("/reviews/delegations")
    String delegate(@Valid NewDelegation form, BindingResult result, RedirectAttributes redirect) {
        return pages.flashIfRefused(result, redirect, Shown.NAMED, DELEGATIONS, () -> pages.done(redirect,
                DELEGATIONS, "review.delegation.made", positions.delegate(form).delegate()));
    }

    @PostMapping("/reviews/delegations/{id}/revocation")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        return pages.flashIfRefused(null, redirect, Shown.REASON, DELEGATIONS, () -> positions.revoke(id),
                "review.delegation.revoked");
    }

    /** A refusal names its field: the item's page has no form to show it beside. */
    private String act(long id, BindingResult result, RedirectAttributes redirect, String done, Runnable action) {
        return pages.flashIfRefused(result, redirect, Shown.NAMED, "/reviews/" + id, action, done);
    }
}
