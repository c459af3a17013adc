package dev.tandem.screening.core.list;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real list files under {@code shared/data/sanctions/} (see its SOURCES.md) by walking up from the
 * working directory to the folder that holds {@code shared/}. Tests that need a file are skipped, not failed,
 * where the shared data is not checked out.
 */
final class SharedSanctionsData {

    static final String UN_2026_02_27 = "moov-io_watchman/un/UN_consolidated.xml";
    static final String UN_2025_11_20 = "gilbertbouic_Mkweli/un_consolidated.xml";
    static final String OFAC_SDN_2021 = "moov-io_watchman/ofac_sdn_2021/sdn.csv";
    static final String OFAC_CONS_2025 = "moov-io_watchman/ofac_non_sdn_2025/cons_prim.csv";

    private SharedSanctionsData() {
    }

    static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/sanctions").resolve(relative);
            if (Files.isDirectory(dir.resolve("shared"))) {
                assumeTrue(Files.isRegularFile(candidate), "shared sanctions data missing: " + candidate);
                return candidate;
            }
        }
        assumeTrue(false, "no folder named shared/ above " + Path.of("").toAbsolutePath());
        throw new IllegalStateException("unreachable");
    }
}
