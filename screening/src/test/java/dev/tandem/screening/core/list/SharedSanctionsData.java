package dev.tandem.screening.core.list;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real list files under {@code shared/data/sanctions/} (see its SOURCES.md) by walking up from the
 * working directory to the folder that holds {@code shared/}. Where the shared data is not checked out, tests
 * that need a file are skipped on a developer's machine but fail in CI (environment variable CI set), so a
 * missing file can never pass unnoticed there.
 */
public final class SharedSanctionsData {

    public static final String UN_2026_02_27 = "moov-io_watchman/un/UN_consolidated.xml";
    public static final String UN_2025_11_20 = "gilbertbouic_Mkweli/un_consolidated.xml";
    public static final String OFAC_SDN_2021 = "moov-io_watchman/ofac_sdn_2021/sdn.csv";
    public static final String OFAC_CONS_2025 = "moov-io_watchman/ofac_non_sdn_2025/cons_prim.csv";

    private SharedSanctionsData() {
    }

    public static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/sanctions").resolve(relative);
            if (Files.isDirectory(dir.resolve("shared"))) {
                missingUnless(Files.isRegularFile(candidate), "shared sanctions data missing: " + candidate);
                return candidate;
            }
        }
        missingUnless(false, "no folder named shared/ above " + Path.of("").toAbsolutePath());
        throw new IllegalStateException("unreachable");
    }

    private static void missingUnless(boolean present, String message) {
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException(message);
        }
        assumeTrue(present, message);
    }
}
