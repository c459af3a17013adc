package dev.tandem.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.PausePoint;

import tools.jackson.databind.ObjectMapper;

/**
 * Puts changes on the record and checks the record. Every module calls {@link #record} inside the transaction
 * that makes the change, so a change and its entry are stored together or not at all.
 */
@Service
public class Journal {

    /** The actor of changes made by Tandem itself (demo loading, scheduled work, the command line). */
    public static final String SYSTEM_ACTOR = dev.tandem.common.SystemActor.NAME;
    /** Authorities that carry the user's party are named with this prefix (see the identity module). */
    public static final String PARTY_AUTHORITY_PREFIX = "PARTY_";

    private final JournalStore store;
    private final ObjectMapper json;
    private final Clock clock;

    Journal(JournalStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** Appends one entry for the current user. Must run inside the transaction of the change it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public JournalEntry record(Change change) {
        JournalStore.Head head = store.lockHead();
        long seq = head.lastSeq() + 1;
        // Stored timestamps keep microseconds on PostgreSQL and H2; millis survive every round trip unchanged.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || !auth.isAuthenticated() ? SYSTEM_ACTOR : auth.getName();
        String party = auth == null ? null : partyOf(auth);
        String before = change.before() == null ? null : json.writeValueAsString(change.before());
        String after = change.after() == null ? null : json.writeValueAsString(change.after());
        String hash = ChainHash.of(seq, at, actor, party, change.action(), change.subjectType(), change.subjectId(),
                before, after, change.reason(), head.lastHash());
        JournalEntry entry = new JournalEntry(seq, at, actor, party, change.action(), change.subjectType(),
                change.subjectId(), before, after, change.reason(), head.lastHash(), hash);
        store.append(entry);
        PausePoint.reach("journal-append:" + change.action());
        return entry;
    }

    /** Newest first, {@code limit} entries older than {@code beforeSeq}; subject filters are optional. */
    @Transactional(readOnly = true)
    public List<JournalEntry> entries(Long beforeSeq, int limit, String subjectType, String subjectId) {
        return entries(beforeSeq, limit, new JournalFilter(subjectType, subjectId, null, null, null, null));
    }

    /** Newest first, {@code limit} entries older than {@code beforeSeq} that match the filter. */
    @Transactional(readOnly = true)
    public List<JournalEntry> entries(Long beforeSeq, int limit, JournalFilter filter) {
        return store.page(beforeSeq == null ? Long.MAX_VALUE : beforeSeq, Math.max(1, Math.min(limit, 500)),
                filter == null ? JournalFilter.NONE : filter);
    }

    /**
     * Recomputes every hash and link. Reports each entry whose content no longer matches its hash, each broken
     * link, each gap in numbering and a head that does not match the last entry (rows removed at the end).
     */
    @Transactional(readOnly = true)
    public JournalVerification verify() {
        return wholeChain(false);
    }

    /**
     * Like {@link #verify()}, and when the chain is intact its last entry is kept as the checkpoint that
     * {@link #verifySinceCheckpoint()} starts from (the auditor's "Verify the chain").
     */
    @Transactional
    public JournalVerification verifyAndKeep() {
        return wholeChain(true);
    }

    /**
     * The check the auditor's page makes on every opening, quick however long the journal: the entries after the
     * last checkpoint (where a full {@link #verify()} last found the whole chain intact), linked to the checkpoint's
     * entry, which must still carry its hash. With no checkpoint yet it is the full check (which keeps the first
     * one). A change made below the checkpoint that leaves the checkpoint's entry as it was is found by the full
     * check only.
     */
    @Transactional
    public JournalVerification verifySinceCheckpoint() {
        Optional<JournalVerification.Checkpoint> last = store.lastCheckpoint();
        if (last.isEmpty()) {
            return wholeChain(true);
        }
        JournalVerification.Checkpoint checkpoint = last.get();
        ChainCheck check = new ChainCheck(checkpoint);
        store.entry(checkpoint.seq()).ifPresentOrElse(entry -> {
            if (!entry.hash().equals(checkpoint.hash()) || !ChainHash.of(entry).equals(checkpoint.hash())) {
                check.problem(checkpoint.seq(), "is no longer the entry verified at " + checkpoint.verifiedAt()
                        + " (changed after the whole chain was found intact)");
            }
        }, () -> check.problem(checkpoint.seq(), "is missing although the whole chain was verified up to it at "
                + checkpoint.verifiedAt()));
        store.forEachInOrderAfter(checkpoint.seq(), check::accept);
        JournalStore.Head head = store.head();
        return check.finish(head.lastSeq(), head.lastHash());
    }

    private JournalVerification wholeChain(boolean keepCheckpoint) {
        ChainCheck check = new ChainCheck();
        store.forEachInOrder(check::accept);
        JournalStore.Head head = store.head();
        JournalVerification verification = check.finish(head.lastSeq(), head.lastHash());
        if (keepCheckpoint && verification.intact() && check.lastSeq() > 0) {
            store.keepCheckpoint(new JournalVerification.Checkpoint(check.lastSeq(), check.lastHash(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
        return verification;
    }

    /**
     * Checks a chain held outside this database (a backup file's entries, in order, and its head) the same way
     * as {@link #verify()}, without touching the database.
     */
    public JournalVerification verify(Iterator<JournalEntry> entries, long headSeq, String headHash) {
        ChainCheck check = new ChainCheck();
        entries.forEachRemaining(check::accept);
        return check.finish(headSeq, headHash);
    }

    /** The head of the chain as it stands, to be kept outside the database ({@code ./tandem journal anchor}). */
    @Transactional(readOnly = true)
    public JournalAnchor anchor() {
        JournalStore.Head head = store.head();
        Instant recordedAt = head.lastSeq() == 0 ? Instant.EPOCH
                : store.entry(head.lastSeq()).map(JournalEntry::recordedAt).orElse(Instant.EPOCH);
        return new JournalAnchor(head.lastSeq(), head.lastHash(), recordedAt,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Like {@link #verify()}, and the anchored entry must still be there with the anchored hash: a chain rewritten
     * as a whole (every hash recomputed) or cut back below the anchor is reported although it links up.
     */
    @Transactional(readOnly = true)
    public JournalVerification verify(JournalAnchor anchor) {
        JournalVerification chain = verify();
        List<JournalVerification.Problem> problems = new ArrayList<>(chain.problems());
        if (anchor.seq() > 0) {
            store.entry(anchor.seq()).ifPresentOrElse(entry -> {
                if (!entry.hash().equals(anchor.hash())) {
                    problems.add(new JournalVerification.Problem(anchor.seq(), "does not have the hash anchored at "
                            + anchor.anchoredAt() + " (the chain was rewritten up to here)"));
                }
            }, () -> problems.add(new JournalVerification.Problem(anchor.seq(), "is missing although it was anchored at "
                    + anchor.anchoredAt() + " (the chain was cut back below the anchor)")));
        }
        return new JournalVerification(chain.entriesChecked(), problems, chain.fromSeq(), chain.toSeq(), null);
    }

    private static String partyOf(Authentication auth) {
        for (GrantedAuthority authority : auth.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(PARTY_AUTHORITY_PREFIX)) {
                return name.substring(PARTY_AUTHORITY_PREFIX.length());
            }
        }
        return null;
    }

}
