package dev.tandem.decision;

import java.time.Instant;

/** A party's current position on an item, as every party of the forum sees it. */
public record PositionView(String party, PositionKind kind, String text, String takenBy, boolean delegated,
                           Instant takenAt) {

    static PositionView of(Position p) {
        return new PositionView(p.party(), p.kind(), p.text(), p.takenBy(), p.delegated(), p.takenAt());
    }
}
