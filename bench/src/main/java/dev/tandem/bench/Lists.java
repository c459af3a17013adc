package dev.tandem.bench;

import dev.tandem.screening.core.list.ListVersion;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the evaluation and the benchmarks get their list versions, and the one place to change when the list parsers
 * of the screening library are merged: {@link #un} should call {@code new UnConsolidatedListParser().parse(xml)} and
 * {@link #ofac} {@code new OfacSdnCsvParser().parse(sdnCsv)}; the interim readers can then be deleted.
 */
public final class Lists {

    /** The shared data folder; override with {@code -Dtandem.data=...}. */
    public static final Path DATA = Paths.get(System.getProperty("tandem.data", "/work/shared/data/sanctions"));
    public static final Path UN_XML = DATA.resolve("moov-io_watchman/un/UN_consolidated.xml");
    public static final Path OFAC_SDN_CSV = DATA.resolve("moov-io_watchman/ofac_sdn_2021/sdn.csv");

    private Lists() {
    }

    public static ListVersion un(Path xml) {
        return InterimUnListReader.read(xml);
    }

    public static ListVersion ofac(Path sdnCsv) {
        return InterimOfacSdnReader.read(sdnCsv);
    }
}
