package dev.tandem.casefile;

import java.util.List;

import dev.tandem.screening.HitStatus;
import dev.tandem.screening.HitView;

/**
 * Where the screening of one counterparty of a case stands, with its hits in the screening module's own shape
 * ({@link HitView}: entry, matched name, score, explanation, decision), so that a hit reads the same everywhere.
 *
 * @param state NOT_SCREENED (a draft: screening starts on submission), CLEAR (no hit), OPEN (a hit waits for a
 *              person), CONFIRMED (a person confirmed a hit), CLEARED (every hit found false or delisted)
 */
public record CounterpartyScreening(int position, CounterpartyRole role, String name, String kind, String country,
                                    State state, List<HitView> hits) {

    public enum State { NOT_SCREENED, CLEAR, OPEN, CONFIRMED, CLEARED }

    static CounterpartyScreening of(int position, Counterparty party, boolean screened, List<HitView> hits) {
        State state;
        if (!screened) {
            state = State.NOT_SCREENED;
        } else if (hits.isEmpty()) {
            state = State.CLEAR;
        } else if (hits.stream().anyMatch(h -> h.status() == HitStatus.TRUE_MATCH)) {
            state = State.CONFIRMED;
        } else if (hits.stream().anyMatch(h -> h.status() == HitStatus.OPEN)) {
            state = State.OPEN;
        } else {
            state = State.CLEARED;
        }
        return new CounterpartyScreening(position, party.role(), party.name(), party.kind(), party.country(), state,
                hits);
    }
}
