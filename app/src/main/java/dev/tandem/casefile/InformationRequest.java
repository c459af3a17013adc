package dev.tandem.casefile;

import java.time.Instant;

import dev.tandem.common.RuleViolationException;

/** A question the secretariat asked the applicant about a case, and the answer. */
public record InformationRequest(long id, String question, String askedBy, Instant askedAt, String answer,
                                 String answeredBy, Instant answeredAt) {

    public boolean answered() {
        return answer != null;
    }

    /** This request with its answer; a request is answered once, and a second answer is refused. */
    InformationRequest answer(String text, String by, Instant at) {
        if (answered()) {
            throw new RuleViolationException("request", "refusal.casefile.answeredAlready", String.valueOf(id));
        }
        return new InformationRequest(id, question, askedBy, askedAt, text, by, at);
    }
}
