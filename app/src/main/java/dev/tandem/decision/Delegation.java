package dev.tandem.decision;

import java.time.Instant;
import java.time.LocalDate;

/** A co-chair lets a member of the party take the party's positions from one day to another, until revoked. */
public record Delegation(long id, String party, String delegate, LocalDate from, LocalDate to, String grantedBy,
                         Instant grantedAt, String revokedBy, Instant revokedAt) {

    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(from) && !day.isAfter(to);
    }
}
