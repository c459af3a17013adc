package dev.tandem.bench;

import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.match.ScreeningIndex;

import java.util.List;
import java.util.Locale;

/**
 * Measures the heap the index of the UN and OFAC 2021 lists occupies: used heap after full collections, with the
 * parsed lists loaded, before and after building the index (the lists themselves are not counted), over several
 * builds. Run: {@code java -Xmx2g -cp ... dev.tandem.bench.IndexFootprint}.
 */
public final class IndexFootprint {

    private IndexFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<ListVersion> lists = List.of(Lists.un(Lists.UN_XML), Lists.ofac(Lists.OFAC_SDN_CSV));
        ScreeningIndex.build(lists); // load classes and static tables (syllable inventory, surnames) first
        for (int round = 1; round <= 3; round++) {
            long before = usedAfterGc();
            ScreeningIndex index = ScreeningIndex.build(lists);
            long after = usedAfterGc();
            System.out.printf(Locale.ROOT, "round %d: index %.1f MB (%d entries, %d names, %d keys)%n", round,
                    (after - before) / 1e6, index.entryCount(), index.nameCount(), index.keyCount());
        }
        long beforeTables = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap in use with lists, tables and no index: %.1f MB%n", beforeTables / 1e6);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
