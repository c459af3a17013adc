package dev.tandem.screening;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.ConflictException;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.identity.CurrentUser;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.match.Hit;
import dev.tandem.screening.core.match.NameMatcher;
import dev.tandem.screening.core.match.ScreeningIndex;

/**
 * The screening module's API: screen names, keep screening the names other modules register (counterparties),
 * and record people's decisions on hits (through {@link ScreeningHit}, journaled). List import is
 * {@link ListImport}'s.
 */
@Service
public class ScreeningManagement {

    /** How many names one screening request may carry; larger files go through the command line. */
    public static final int MAX_NAMES = 10_000;
    static final int MAX_NAME_LENGTH = ScreeningLimits.NAME;

    /** One name and its hits, best first. */
    public record Screened(String id, String name, List<Hit> hits) {
    }

    private final ListVersions lists;
    private final ScreeningRecords records;
    private final HitRaising raising;
    private final LiveIndex index;
    private final Journal journal;
    private final Clock clock;
    private final CurrentUser user;

    ScreeningManagement(ListVersions lists, ScreeningRecords records, HitRaising raising, LiveIndex index,
                        Journal journal, Clock clock, CurrentUser user) {
        this.lists = lists;
        this.records = records;
        this.raising = raising;
        this.index = index;
        this.journal = journal;
        this.clock = clock;
        this.user = user;
    }

    /** Every imported version, newest first. */
    @PreAuthorize("@permissions.maySeeScreening()")
    @Transactional(readOnly = true)
    public List<ListVersionSummary> listVersions() {
        return lists.all();
    }

    /**
     * Screens names against the newest version of each list.
     *
     * @param lists     which lists to report hits from; empty means all
     * @param threshold null for {@link NameMatcher#DEFAULT_THRESHOLD}
     */
    @PreAuthorize("@permissions.maySeeScreening()")
    public List<Screened> screen(List<NameToScreen> names, Set<ListSource> lists, Double threshold) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("names", "refusal.screening.noNamesGiven");
        }
        if (names.size() > MAX_NAMES) {
            throw new InvalidInputException("names", "refusal.screening.tooManyNames", String.valueOf(MAX_NAMES),
                    String.valueOf(names.size()));
        }
        double t = threshold == null ? NameMatcher.DEFAULT_THRESHOLD : threshold;
        if (!(t > 0 && t <= 1)) {
            throw new InvalidInputException("threshold", "refusal.screening.threshold");
        }
        Set<ListSource> wanted = lists == null || lists.isEmpty() ? EnumSet.allOf(ListSource.class) : lists;
        ScreeningIndex current = index.current().index();
        List<Screened> results = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            NameToScreen name = names.get(i);
            String field = "names[" + i + "].name";
            if (name == null || name.name() == null || name.name().isBlank()) {
                throw new InvalidInputException(field, "refusal.required");
            }
            if (name.name().length() > MAX_NAME_LENGTH) {
                throw new InvalidInputException(field, "refusal.tooLong", MAX_NAME_LENGTH);
            }
            List<Hit> hits = current.screen(name.query(), t).stream().filter(h -> wanted.contains(h.source())).toList();
            results.add(new Screened(name.id() == null ? String.valueOf(i + 1) : name.id(), name.name(), hits));
        }
        return results;
    }

    /**
     * Keeps screening a name for another module (a counterparty of a case): stores it under {@code ref}, screens it
     * now and again whenever a list changes, and returns its hits. Runs in the caller's transaction; the caller
     * has checked that its user may do this.
     */
    @Transactional
    public List<HitView> watch(String ref, NameToScreen name) {
        if (name.name() == null || name.name().isBlank()) {
            throw new InvalidInputException("name", "refusal.required");
        }
        Optional<Subject> before = records.subject(ref);
        Subject subject = records.saveSubject(ref, name.name().strip(), name.type(), name.birthDate(),
                name.nationality(), clock.instant());
        if (before.isEmpty() || !before.get().equals(subject)) {
            journal.record(Change.of("screening.subject-registered", "screening-subject", ref)
                    .from(before.orElse(null)).to(subject));
        }
        LiveIndex.Snapshot snapshot = index.current();
        for (Hit hit : snapshot.index().screen(subject.query(), NameMatcher.DEFAULT_THRESHOLD)) {
            raising.raise(subject, hit, snapshot.entry(hit.source(), hit.reference()), snapshot.versions().get(hit.source()));
        }
        return records.hits(null, ref, 1000);
    }

    /** True while a hit on the name kept under {@code ref} is open or confirmed. */
    @Transactional(readOnly = true)
    public boolean hasUnresolvedHits(String ref) {
        return records.hits(null, ref, 1000).stream()
                .anyMatch(h -> h.status() == HitStatus.OPEN || h.status() == HitStatus.TRUE_MATCH);
    }

    @Transactional(readOnly = true)
    public List<HitView> hitsOf(String ref) {
        return records.hits(null, ref, 1000);
    }

    /** The hits on the names kept under any of {@code refs} (e.g. every counterparty of a case), in one query. */
    @Transactional(readOnly = true)
    public List<HitView> hitsOf(java.util.Collection<String> refs) {
        return refs.isEmpty() ? List.of() : records.hitsOfSubjects(refs);
    }

    @PreAuthorize("@permissions.maySeeScreening()")
    @Transactional(readOnly = true)
    public List<HitView> hits(HitStatus status, int limit) {
        return records.hits(status, null, Math.max(1, Math.min(limit, 1000)));
    }

    @PreAuthorize("@permissions.maySeeScreening()")
    @Transactional(readOnly = true)
    public HitView hit(long id) {
        return records.hitById(id).orElseThrow(() -> new NotFoundException("id", "hit", id));
    }

    /**
     * A co-chair's decision on an open hit: a true match, or a false positive with the reason. A false positive on
     * a hit scoring {@value ScreeningHit#FOUR_EYES_SCORE} or more is only proposed: the hit stays open (and its
     * case where the hit sends it) until a second person of another role or party confirms it
     * ({@link #confirmFalsePositive}). A decided false positive is remembered for the same name and the same content
     * of the list entry, and not raised again until the entry changes.
     */
    @PreAuthorize("@permissions.mayDecideHits()")
    @Transactional
    public HitView decide(long hitId, HitStatus decision, String reason, Integer version) {
        ScreeningHit hit = loadForChange(hitId, version);
        HitView before = hit.view();
        Decider by = Decider.of(user);
        String action;
        if (decision == HitStatus.FALSE_POSITIVE && hit.needsSecondPerson()) {
            hit.proposeFalsePositive(by, reason, clock.instant());
            action = "screening.hit-false-positive-proposed";
        } else {
            hit.decide(by, decision, reason, clock.instant());
            action = "screening.hit-decided";
        }
        return store(hit, before, action, reason);
    }

    /**
     * A second person's answer to a proposed false positive: confirmed, the hit is a false positive (remembered as
     * above); rejected, it is open again without a proposal. The second person decides hits, is not the proposer
     * and differs from the proposer in role or in party.
     */
    @PreAuthorize("@permissions.mayDecideHits()")
    @Transactional
    public HitView confirmFalsePositive(long hitId, Boolean confirmed, String reason, Integer version) {
        if (confirmed == null) {
            throw new InvalidInputException("confirmed", "refusal.required");
        }
        ScreeningHit hit = loadForChange(hitId, version);
        HitView before = hit.view();
        Decider by = Decider.of(user);
        if (confirmed) {
            hit.confirmFalsePositive(by, reason, clock.instant());
            return store(hit, before, "screening.hit-false-positive-confirmed", reason);
        }
        hit.rejectFalsePositive(by, reason);
        return store(hit, before, "screening.hit-false-positive-rejected", reason);
    }

    /** The ids of the hits, among {@code hits}, whose proposed false positive the current user may confirm. */
    public Set<Long> confirmableByCurrentUser(List<HitView> hits) {
        Decider by = Decider.of(user);
        Set<Long> ids = new HashSet<>();
        for (HitView view : hits) {
            if (ScreeningHit.of(view).mayBeConfirmedBy(by)) {
                ids.add(view.id());
            }
        }
        return ids;
    }

    private ScreeningHit loadForChange(long hitId, Integer version) {
        ScreeningHit hit = records.load(hitId).orElseThrow(() -> new NotFoundException("id", "hit", hitId));
        if (version != null && version != hit.version()) {
            throw new ConflictException("version", "refusal.screening.hit.changedMeanwhile", hitId);
        }
        return hit;
    }

    private HitView store(ScreeningHit hit, HitView before, String action, String reason) {
        HitView after = records.save(hit);
        if (after.status() == HitStatus.FALSE_POSITIVE) {
            records.rememberFalsePositive(nameKey(after.subjectName()), after, records.fingerprintOf(after.id()));
        }
        journal.record(Change.of(action, "screening-hit", after.id()).from(before).to(after).because(reason.strip()));
        return after;
    }

    /** The form of a name under which a false positive is remembered: case, width and punctuation do not count. */
    static String nameKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
