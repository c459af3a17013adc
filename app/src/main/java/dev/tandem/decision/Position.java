package dev.tandem.decision;

import java.time.Instant;

/**
 * One position a party took on an item; the latest of each party in the item's current round is its current one
 * (a written procedure starts a new round: what was said before it stays on record but does not hold its clock).
 *
 * @param delegated whether a member took it under the co-chair's delegation
 */
public record Position(String party, PositionKind kind, String text, String takenBy, boolean delegated, int round,
                       Instant takenAt) {
}
