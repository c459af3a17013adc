package dev.tandem.bench;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import dev.tandem.screening.core.list.ListFormatException;
import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.list.OfacSdnCsvParser;
import dev.tandem.screening.core.list.UnConsolidatedListParser;

/**
 * Where the evaluation and the benchmarks get their list versions: the real list files that ship with the repository
 * ({@code testdata/sanctions/} at its root, found from the working directory, or {@code -Dtandem.data=...}), read by
 * the screening library's own parsers.
 */
public final class Lists {

    public static final Path DATA = data();
    public static final Path UN_XML = DATA.resolve("moov-io_watchman/un/UN_consolidated.xml");
    public static final Path OFAC_SDN_CSV = DATA.resolve("moov-io_watchman/ofac_sdn_2021/sdn.csv");

    private Lists() {
    }

    public static ListVersion un(Path xml) {
        try {
            return new UnConsolidatedListParser().parse(xml);
        } catch (ListFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static ListVersion ofac(Path sdnCsv) {
        try {
            return new OfacSdnCsvParser().parse(sdnCsv);
        } catch (ListFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Path data() {
        String configured = System.getProperty("tandem.data");
        if (configured != null) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("testdata/sanctions"))) {
                return dir.resolve("testdata/sanctions");
            }
        }
        throw new UncheckedIOException(new java.io.FileNotFoundException(
                "no testdata/sanctions above " + Paths.get("").toAbsolutePath() + "; pass -Dtandem.data=FOLDER"));
    }
}
