package dev.tandem.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a chain entry by entry, in order, and collects every break: a content that no longer matches its hash, a
 * broken link, a gap in numbering, and a head that does not match the last entry (rows removed at the end).
 */
final class ChainCheck {

    private final List<JournalVerification.Problem> problems = new ArrayList<>();
    private final JournalVerification.Checkpoint checkpoint;
    private long count;
    private long expectedSeq;
    private String previousHash;

    /** From the first entry. */
    ChainCheck() {
        this(null);
    }

    /** From the entry after the checkpoint, which the entries must link to. */
    ChainCheck(JournalVerification.Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
        this.expectedSeq = checkpoint == null ? 1 : checkpoint.seq() + 1;
        this.previousHash = checkpoint == null ? ChainHash.GENESIS : checkpoint.hash();
    }

    /** A break found outside the entries walked (the checkpoint's own entry). */
    void problem(long seq, String reason) {
        problems.add(new JournalVerification.Problem(seq, reason));
    }

    /** The last entry walked and its hash (the checkpoint's, or the genesis, when none was). */
    long lastSeq() {
        return expectedSeq - 1;
    }

    String lastHash() {
        return previousHash;
    }

    void accept(JournalEntry entry) {
        count++;
        if (entry.seq() != expectedSeq) {
            problems.add(new JournalVerification.Problem(expectedSeq,
                    "entries " + expectedSeq + " to " + (entry.seq() - 1) + " are missing"));
        }
        if (!entry.previousHash().equals(previousHash)) {
            problems.add(new JournalVerification.Problem(entry.seq(),
                    "link to the previous entry is broken (previous hash does not match)"));
        }
        if (!ChainHash.of(entry).equals(entry.hash())) {
            problems.add(new JournalVerification.Problem(entry.seq(),
                    "content was changed after it was recorded (hash does not match)"));
        }
        expectedSeq = entry.seq() + 1;
        previousHash = entry.hash();
    }

    JournalVerification finish(long headSeq, String headHash) {
        if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
            problems.add(new JournalVerification.Problem(headSeq,
                    "the chain ends at entry " + (expectedSeq - 1) + " but the journal head records entry "
                            + headSeq + " (entries removed or added behind Tandem's back)"));
        }
        long from = checkpoint == null ? 1 : checkpoint.seq() + 1;
        return new JournalVerification(count, problems, from, expectedSeq - 1, checkpoint);
    }
}
