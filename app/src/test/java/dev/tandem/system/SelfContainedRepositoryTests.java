package dev.tandem.system;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clone of the repository is all a newcomer has: no file of the project may point at a folder beside it (the
 * team's working folder is not part of a clone), and the test data the tests read ships inside the repository.
 */
class SelfContainedRepositoryTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    // Built from parts so that this file does not name the folder it forbids.
    private static final String OUTSIDE = "../" + "share" + 'd';
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "data", "node_modules");

    @Test
    void findsTheRepositoryRoot() {
        assertThat(ROOT.resolve("tandem")).isRegularFile();
        assertThat(ROOT.resolve("testdata/sanctions/SOURCES.md")).isRegularFile();
    }

    @Test
    void hasNoFileThatRefersToAFolderBesideTheRepository() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(ROOT)) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(file -> !inSkippedFolder(file))
                    .filter(SelfContainedRepositoryTests::mentionsOutside)
                    .map(ROOT::relativize)
                    .collect(Collectors.toList());
        }
        assertThat(offenders).as("files referring to " + OUTSIDE).isEmpty();
    }

    private static boolean inSkippedFolder(Path file) {
        for (Path part : ROOT.relativize(file)) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsOutside(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains(OUTSIDE);
        } catch (MalformedInputException binary) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
