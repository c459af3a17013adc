package dev.tandem.screening;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.match.ScreeningIndex;

/**
 * The screening index of this node, built in memory from the newest version of each list. A node that sees a
 * newer version in the database (imported here or by another node) builds a new index and swaps it in at once;
 * screenings under way finish on the index they started with.
 */
@Component
class LiveIndex {

    private static final Logger log = LoggerFactory.getLogger(LiveIndex.class);

    /** An index, the list versions it was built from, and their entries by list and reference. */
    record Snapshot(ScreeningIndex index, Map<ListSource, Long> versions,
                    Map<ListSource, Map<String, ListEntry>> entries) {

        ListEntry entry(ListSource source, String reference) {
            return entries.getOrDefault(source, Map.of()).get(reference);
        }
    }

    private final ListVersions lists;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    LiveIndex(ListVersions lists) {
        this.lists = lists;
    }

    Snapshot current() {
        Snapshot snapshot = current.get();
        return snapshot != null ? snapshot : refresh();
    }

    /** Rebuilds the index when the newest versions differ from the ones it holds; returns what is current. */
    synchronized Snapshot refresh() {
        List<ListVersionSummary> latest = lists.latest();
        Map<ListSource, Long> ids = latest.stream()
                .collect(Collectors.toMap(ListVersionSummary::source, ListVersionSummary::id));
        Snapshot snapshot = current.get();
        if (snapshot != null && snapshot.versions().equals(ids)) {
            return snapshot;
        }
        long start = System.nanoTime();
        List<ListVersion> versions = latest.stream().map(lists::load).toList();
        Map<ListSource, Map<String, ListEntry>> entries = versions.stream().collect(Collectors.toMap(
                ListVersion::source, v -> v.entries().stream().collect(Collectors.toMap(ListEntry::reference, e -> e))));
        Snapshot built = new Snapshot(ScreeningIndex.build(versions), Map.copyOf(ids), entries);
        current.set(built);
        log.info("Screening index built from {} in {} ms: {} entries", ids,
                (System.nanoTime() - start) / 1_000_000, built.index().entryCount());
        return built;
    }

    @Scheduled(fixedDelayString = "${tandem.screening.index-check:30s}", initialDelayString = "${tandem.screening.index-check:30s}")
    void refreshWhenAnotherNodeImported() {
        refresh();
    }
}
