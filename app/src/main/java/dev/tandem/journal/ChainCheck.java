package dev.tandem.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a chain entry by entry, in order, and collects every break: a content that no longer matches its hash, a
 * broken link, a gap in numbering, and a head that does not match the last entry (rows removed at the end).
 */
final class ChainCheck {

    private final List<JournalVerification.Problem> problems = new ArrayList<>();
    private long count;
    private long expectedSeq = 1;
    private String previousHash = ChainHash.GENESIS;

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
        return new JournalVerification(count, problems);
    }
}
