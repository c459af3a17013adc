package dev.tandem.decision;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.tandem.identity.Permissions;
import dev.tandem.notes.NumberedNoteSubject;

/** Notes on an item under review, for whoever may see the forum's reviews (and, by the notes' rules, only a party). */
@Component
class ReviewNoteSubject extends NumberedNoteSubject<Review> {

    private final Reviews reviews;
    private final Permissions permissions;

    ReviewNoteSubject(Reviews reviews, Permissions permissions) {
        super("review", "review", "review");
        this.reviews = reviews;
        this.permissions = permissions;
    }

    @Override
    protected boolean maySee() {
        return permissions.maySeeReviews();
    }

    @Override
    protected Optional<Review> find(long id) {
        return reviews.byId(id);
    }

    @Override
    public String pagePath(String id) {
        return "/reviews/" + id;
    }
}
