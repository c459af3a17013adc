package dev.tandem.screening.core.list;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real list files that ship with the repository under {@code testdata/sanctions/} (origin, date and
 * licence of each in its SOURCES.md) by walking up from the working directory to the repository root. A missing
 * file fails the test that needs it: no test skips for want of its data.
 */
public final class SharedSanctionsData {

    public static final String UN_2026_02_27 = "moov-io_watchman/un/UN_consolidated.xml";
    public static final String UN_2025_11_20 = "gilbertbouic_Mkweli/un_consolidated.xml";
    public static final String OFAC_SDN_2021 = "moov-io_watchman/ofac_sdn_2021/sdn.csv";
    public static final String OFAC_CONS_2025 = "moov-io_watchman/ofac_non_sdn_2025/cons_prim.csv";

    private static final String FOLDER = "testdata/sanctions";

    private SharedSanctionsData() {
    }

    public static Path file(String relative) {
        Path candidate = folder().resolve(relative);
        if (!Files.isRegularFile(candidate)) {
            throw new IllegalStateException("test data missing: " + candidate);
        }
        return candidate;
    }

    /** The repository's {@code testdata/sanctions} folder. */
    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(FOLDER))) {
                return dir.resolve(FOLDER);
            }
        }
        throw new IllegalStateException("no " + FOLDER + " folder above " + Path.of("").toAbsolutePath());
    }
}
