package dev.tandem.journal;

import java.util.List;

/**
 * The outcome of checking the whole chain.
 *
 * @param entriesChecked how many entries were read
 * @param problems       every break found, by entry number; empty when the chain is intact
 */
public record JournalVerification(long entriesChecked, List<Problem> problems) {

    public record Problem(long seq, String reason) {
    }

    public JournalVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
