package dev.tandem.decision;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.tandem.forum.ForumOpenWork;

/** A forum's open clearances: notices, queued and circulated items, exemptions waited for. */
@Component
class DecisionOpenWork implements ForumOpenWork {

    private final Reviews reviews;

    DecisionOpenWork(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<String> openWork(String forumCode) {
        return reviews.openOfForum(forumCode).stream()
                .map(r -> r.caseRef() + " " + r.authority().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " (" + r.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
                .toList();
    }
}
