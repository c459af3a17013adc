package dev.tandem.screening;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PausePoint;
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
 * Imports a sanctions list file as a new list version (administrators; the page, the API, the command line and the
 * bundled list on first start all come here): parsed completely first, stored whole in one transaction, journaled,
 * then every name Tandem keeps screening is screened against what the version added or changed, and open hits on
 * entries it removed are delisted.
 */
@Service
public class ListImport {

    /**
     * What an import did. {@code alreadyImported}: the same file was imported before, nothing changed.
     * {@code current}: the version is now the one screened against (an older publication is kept for the record
     * but does not replace a newer one). Added, removed and changed count against the version current before.
     */
    public record Result(ListVersionSummary version, boolean alreadyImported, boolean current, int added,
                         int removed, int changed, int hitsRaised) {
    }

    private final ListVersions lists;
    private final ScreeningRecords records;
    private final HitRaising raising;
    private final LiveIndex index;
    private final Journal journal;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ListImport(ListVersions lists, ScreeningRecords records, HitRaising raising, LiveIndex index, Journal journal,
               TransactionTemplate transaction, Clock clock) {
        this.lists = lists;
        this.records = records;
        this.raising = raising;
        this.index = index;
        this.journal = journal;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Imports a list file as a new version: a bad file is refused whole, naming the line and the reason. The same
     * file again changes nothing.
     */
    @PreAuthorize("@permissions.mayImportLists()")
    public Result importFile(ListSource source, Path file, String fileName) {
        if (source == null) {
            throw new InvalidInputException("source", "refusal.screening.sourceValue");
        }
        ListVersion version;
        try {
            version = ListParsers.forSource(source).parse(file);
        } catch (ListFormatException e) {
            // the parser names the file it read, which for an upload is a temporary file on the server: name the
            // file as the person sent it instead
            String reason = String.valueOf(e.getMessage()).replace(file.toString(),
                    fileName == null ? String.valueOf(file.getFileName()) : fileName);
            throw new InvalidInputException("file", "refusal.screening.listUnreadable", reason);
        }
        Result result = transaction.execute(status -> store(version, fileName));
        index.refresh();
        return result;
    }

    private Result store(ListVersion version, String fileName) {
        Optional<ListVersionSummary> same = lists.bySha(version.source(), version.sha256());
        if (same.isPresent()) {
            boolean current = lists.latest(version.source()).map(v -> v.id() == same.get().id()).orElse(false);
            return new Result(same.get(), true, current, 0, 0, 0, 0);
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
        PausePoint.reach("list-import");
        journal.record(Change.of("screening.list-imported", "list-version", id).to(record)
                .because("imported " + fileName));

        if (!current) {
            return new Result(summary, false, false, added, removed, changed, 0);
        }
        if (diff != null) {
            for (ListEntry gone : diff.removed()) {
                delistOpenHitsOn(version, gone, id);
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
                    if (raising.raise(subject, hit, byReference.get(hit.reference()), id).isPresent()) {
                        raised++;
                    }
                }
            }
        }
        return new Result(summary, false, true, added, removed, changed, raised);
    }

    private void delistOpenHitsOn(ListVersion version, ListEntry gone, long versionId) {
        for (ScreeningHit hit : records.openHitsOn(version.source(), gone.reference())) {
            HitView before = hit.view();
            hit.delist(actor(), "entry removed from the list", clock.instant());
            HitView after = records.save(hit);
            journal.record(Change.of("screening.hit-delisted", "screening-hit", hit.id()).from(before).to(after)
                    .because(gone.reference() + " is not in " + version.source() + " version " + versionId));
        }
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? Journal.SYSTEM_ACTOR : auth.getName();
    }
}
