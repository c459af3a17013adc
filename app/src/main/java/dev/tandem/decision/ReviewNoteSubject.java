package dev.tandem.decision;

import org.springframework.stereotype.Component;

import dev.tandem.common.NotFoundException;
import dev.tandem.identity.Permissions;
import dev.tandem.notes.NoteSubject;

/** Notes on an item under review, for whoever may see the forum's reviews (and, by the notes' rules, only a party). */
@Component
class ReviewNoteSubject implements NoteSubject {

    private final Reviews reviews;
    private final Permissions permissions;

    ReviewNoteSubject(Reviews reviews, Permissions permissions) {
        this.reviews = reviews;
        this.permissions = permissions;
    }

    @Override
    public String kind() {
        return "review";
    }

    @Override
    public void requireVisible(String id) {
        long reviewId;
        try {
            reviewId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("review", "review", id);
        }
        if (!permissions.maySeeReviews() || reviews.byId(reviewId).isEmpty()) {
            throw new NotFoundException("review", "review", id);
        }
    }

    @Override
    public String pagePath(String id) {
        return "/reviews/" + id;
    }
}
