package dev.tandem.casefile;

import java.time.Instant;

/** A question the secretariat asked the applicant about a case, and the answer. */
public record InformationRequest(long id, String question, String askedBy, Instant askedAt, String answer,
                                 String answeredBy, Instant answeredAt) {

    public boolean answered() {
        return answer != null;
    }
}
