package dev.tandem.screening;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.identity.CurrentUser;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;
import dev.tandem.screening.core.list.EntryChange;
import dev.tandem.screening.core.list.ListDiff;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListFormatException;
import dev.tandem.screening.core.list.ListParsers;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.match.Hit;
import dev.tandem.screening.core.match.NameMatcher;
import dev.tandem.screening.core.match.ScreeningIndex;

/**
 * The screening module's API: import list versions, screen names, keep screening the names other modules
 * register (counterparties), and record people's decisions on hits. Imports and decisions are journaled.
 */
@Service
public class ScreeningManagement {

    /** How many names one screening request may carry; larger files go through the command line. */
    public static final int MAX_NAMES = 10_000;
    static final int MAX_NAME_LENGTH = 500;

    /**
     * What an import did. {@code alreadyImported}: the same file was imported before, nothing changed.
     * {@code current}: the version is now the one screened against (an older publication is kept for the record
     * but does not replace a newer one). Added, removed and changed count against the version current before.
     */
    public record ImportResult(ListVersionSummary version, boolean alreadyImported, boolean current, int added,
                               int removed, int changed, int hitsRaised) {
    }

    /** One name and its hits, best first. */
    public record Screened(String id, String name, List<Hit> hits) {
    }

    private final ListVersions lists;
    private final ScreeningRecords records;
    private final LiveIndex index;
    private final Journal journal;
    private final TransactionTemplate transaction;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser user;

    ScreeningManagement(ListVersions lists, ScreeningRecords records, LiveIndex index, Journal journal,
                        TransactionTemplate transaction, org.springframework.context.ApplicationEventPublisher events,
                        Clock clock, CurrentUser user) {
        this.lists = lists;
        this.records = records;
        this.index = index;
        this.journal = journal;
        this.transaction = transaction;
        this.events = events;
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
     * Imports a list file as a new version: parsed completely first (a bad file is refused whole, naming the line
     * and the reason), then stored with all its entries in one transaction. The same file again changes nothing.
     * Every name Tandem keeps screening is screened against what was added or changed, in that transaction.
     */
    @PreAuthorize("@permissions.mayImportLists()")
    public ImportResult importList(ListSource source, Path file, String fileName) {
        if (source == null) {
            throw new InvalidInputException("source", "is required: un, ofac or opensanctions");
        }
        ListVersion version;
        try {
            version = ListParsers.forSource(source).parse(file);
        } catch (ListFormatException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        ImportResult result = transaction.execute(status -> store(version, fileName));
        index.refresh();
        return result;
    }

    private ImportResult store(ListVersion version, String fileName) {
        Optional<ListVersionSummary> same = lists.bySha(version.source(), version.sha256());
        if (same.isPresent()) {
            boolean current = lists.latest(version.source()).map(v -> v.id() == same.get().id()).orElse(false);
            return new ImportResult(same.get(), true, current, 0, 0, 0, 0);
        }
        ListVersion previous = lists.latest(version.source()).map(lists::load).orElse(null);
        long id = lists.insert(version, fileName, clock.instant(), actor());
        ListVersionSummary summary = lists.byId(id).orElseThrow();
        boolean current = lists.latest(version.source()).map(v -> v.id() == id).orElse(false);

        ListDiff diff = previous == null ? null : ListDiff.between(previous, version);
        List<ListEntry> fresh = new ArrayList<>();
        if (diff == null) {
            fresh.addAll(version.entries());
        } else {
            fresh.addAll(diff.added());
            diff.changed().stream().map(EntryChange::newer).forEach(fresh::add);
        }
        int added = diff == null ? version.entries().size() : diff.added().size();
        int removed = diff == null ? 0 : diff.removed().size();
        int changed = diff == null ? 0 : diff.changed().size();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("version", summary);
        record.put("added", added);
        record.put("removed", removed);
        record.put("changed", changed);
        record.put("current", current);
        journal.record(Change.of("screening.list-imported", "list-version", id).to(record)
                .because("imported " + fileName));

        if (!current) {
            return new ImportResult(summary, false, false, added, removed, changed, 0);
        }
        if (diff != null) {
            for (ListEntry gone : diff.removed()) {
                for (HitView hit : records.openHitsOn(version.source(), gone.reference())) {
                    records.decide(hit, HitStatus.DELISTED, actor(), clock.instant(), "entry removed from the list");
                    journal.record(Change.of("screening.hit-delisted", "screening-hit", hit.id()).from(hit)
                            .to(records.hitById(hit.id()).orElseThrow())
                            .because(gone.reference() + " is not in " + version.source() + " version " + id));
                }
            }
        }
        int raised = 0;
        if (!fresh.isEmpty()) {
            // screen every stored name against just the new and changed entries
            ListVersion delta = new ListVersion(version.source(), version.generatedAt(), version.sha256(), fresh);
            ScreeningIndex deltaIndex = ScreeningIndex.build(List.of(delta));
            Map<String, ListEntry> byReference = new LinkedHashMap<>();
            fresh.forEach(e -> byReference.put(e.reference(), e));
            for (Subject subject : records.subjects()) {
                for (Hit hit : deltaIndex.screen(subject.query(), NameMatcher.DEFAULT_THRESHOLD)) {
                    if (raise(subject, hit, byReference.get(hit.reference()), id).isPresent()) {
                        raised++;
                    }
                }
            }
        }
        return new ImportResult(summary, false, true, added, removed, changed, raised);
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
            throw new InvalidInputException("names", "at least one name is required");
        }
        if (names.size() > MAX_NAMES) {
            throw new InvalidInputException("names", "at most " + MAX_NAMES + " names per request (got "
                    + names.size() + "); use ./tandem screen for larger files");
        }
        double t = threshold == null ? NameMatcher.DEFAULT_THRESHOLD : threshold;
        if (!(t > 0 && t <= 1)) {
            throw new InvalidInputException("threshold", "must be greater than 0 and at most 1");
        }
        Set<ListSource> wanted = lists == null || lists.isEmpty() ? EnumSet.allOf(ListSource.class) : lists;
        ScreeningIndex current = index.current().index();
        List<Screened> results = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            NameToScreen name = names.get(i);
            String field = "names[" + i + "].name";
            if (name == null || name.name() == null || name.name().isBlank()) {
                throw new InvalidInputException(field, "is required");
            }
            if (name.name().length() > MAX_NAME_LENGTH) {
                throw new InvalidInputException(field, "must be at most " + MAX_NAME_LENGTH + " characters");
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
            throw new InvalidInputException("name", "is required");
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
            raise(subject, hit, snapshot.entry(hit.source(), hit.reference()), snapshot.versions().get(hit.source()));
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
     * A person's decision on an open hit: a true match, or a false positive with the reason. A false positive is
     * remembered for the same name and the same content of the list entry, and not raised again until the entry
     * changes.
     */
    @PreAuthorize("@permissions.mayDecideHits()")
    @Transactional
    public HitView decide(long hitId, HitStatus decision, String reason, Integer version) {
        HitView hit = records.hitById(hitId).orElseThrow(() -> new NotFoundException("id", "hit", hitId));
        if (decision != HitStatus.TRUE_MATCH && decision != HitStatus.FALSE_POSITIVE) {
            throw new InvalidInputException("decision", "must be TRUE_MATCH or FALSE_POSITIVE");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: say why, for the record");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "must be at most 2000 characters");
        }
        if (!hit.open()) {
            throw new RuleViolationException("decision", "hit " + hitId + " is " + hit.status()
                    + " already; only an open hit can be decided");
        }
        HitView expected = version == null ? hit : new HitView(hit.id(), hit.subjectRef(), hit.subjectName(),
                hit.source(), hit.reference(), hit.listedName(), hit.matchedName(), hit.score(), hit.explanation(),
                hit.status(), hit.raisedAt(), hit.decidedBy(), hit.decidedAt(), hit.decisionReason(), version);
        records.decide(expected, decision, actor(), clock.instant(), reason.strip());
        if (decision == HitStatus.FALSE_POSITIVE) {
            records.rememberFalsePositive(nameKey(hit.subjectName()), hit, records.fingerprintOf(hitId));
        }
        HitView after = records.hitById(hitId).orElseThrow();
        journal.record(Change.of("screening.hit-decided", "screening-hit", hitId).from(hit).to(after)
                .because(reason.strip()));
        return after;
    }

    private Optional<HitView> raise(Subject subject, Hit hit, ListEntry entry, Long versionId) {
        if (entry == null || versionId == null) {
            return Optional.empty();
        }
        String fingerprint = entry.fingerprint();
        if (records.standingHit(subject.id(), hit.source(), hit.reference(), fingerprint).isPresent()
                || records.knownFalsePositive(nameKey(subject.name()), hit.source(), hit.reference(), fingerprint)) {
            return Optional.empty();
        }
        HitView raised = records.insertHit(subject, hit, fingerprint, versionId, clock.instant());
        journal.record(Change.of("screening.hit-raised", "screening-hit", raised.id()).to(raised)
                .because(hit.explanation().toString()));
        events.publishEvent(new ScreeningHitRaised(subject.ref(), subject.name(), hit.source(), hit.reference(),
                raised.id()));
        return Optional.of(raised);
    }

    /** The form of a name under which a false positive is remembered: case, width and punctuation do not count. */
    static String nameKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private String actor() {
        return user.actorName();
    }
}
