package dev.tandem.journal;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of checking the chain, whole or from a checkpoint on.
 *
 * @param entriesChecked how many entries were read
 * @param problems       every break found, by entry number; empty when the chain is intact
 * @param fromSeq        the first entry checked (1 for the whole chain)
 * @param toSeq          the last entry checked (the head's number when intact)
 * @param checkpoint     where the check started from: the entry up to which an earlier check found the whole chain
 *                       intact; null when the whole chain was checked
 */
public record JournalVerification(long entriesChecked, List<Problem> problems, long fromSeq, long toSeq,
                                  Checkpoint checkpoint) {

    public record Problem(long seq, String reason) {
    }

    /** An entry up to which the whole chain was verified intact, with its hash then. */
    public record Checkpoint(long seq, String hash, Instant verifiedAt) {
    }

    public JournalVerification {
        problems = List.copyOf(problems);
    }

    /** The whole chain: entries 1 to {@code entriesChecked}. */
    public JournalVerification(long entriesChecked, List<Problem> problems) {
        this(entriesChecked, problems, 1, entriesChecked, null);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** Whether every entry was read (not only those after a checkpoint). */
    public boolean whole() {
        return checkpoint == null;
    }
}
