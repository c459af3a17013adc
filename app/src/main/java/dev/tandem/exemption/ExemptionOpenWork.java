package dev.tandem.exemption;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.forum.ForumOpenWork;

/**
 * A forum's exemption requests still on their way (drafted, in national review, submitted, circulated, on hold) for
 * its cases: while one is open the forum is not terminated without a successor. Nothing moves on a hand-over here,
 * because a request belongs to its case and the case moves to the successor.
 */
@Component
class ExemptionOpenWork implements ForumOpenWork {

    /** The stages before the Committee's decision. */
    static final Set<ExemptionStage> OPEN = EnumSet.of(ExemptionStage.DRAFTED, ExemptionStage.NATIONAL_REVIEW,
            ExemptionStage.SUBMITTED, ExemptionStage.CIRCULATED, ExemptionStage.ON_HOLD);

    private final ExemptionRequests requests;

    ExemptionOpenWork(ExemptionRequests requests) {
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> openWork(String forumCode) {
        return requests.openOfForum(forumCode, OPEN).stream().map(r -> "exemption request " + r).toList();
    }
}
