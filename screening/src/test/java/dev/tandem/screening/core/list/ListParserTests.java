package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every parser refuses, whatever its format. */
class ListParserTests {

    private static final Duration HANG = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ListSource.class)
    void refusesAnEmptyFile(ListSource source) throws Exception {
        Path file = Files.write(dir.resolve("sdn.csv"), new byte[0]);
        assertRefused(source, file, file + ": the file is empty");
    }

    @ParameterizedTest
    @EnumSource(ListSource.class)
    void refusesAFileOfBlankLines(ListSource source) throws Exception {
        Path file = Files.writeString(dir.resolve("sdn.csv"), " \r\n\n\t\n");
        assertRefused(source, file, file + ": the file is empty");
    }

    @ParameterizedTest
    @EnumSource(ListSource.class)
    void refusesAPdf(ListSource source) throws Exception {
        Path file = Files.writeString(dir.resolve("sdn.csv"), "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n");
        assertRefused(source, file, file + ": the file is a PDF document, expected ");
    }

    @ParameterizedTest
    @EnumSource(ListSource.class)
    void refusesAZipArchive(ListSource source) throws Exception {
        Path file = Files.write(dir.resolve("sdn.csv"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        assertRefused(source, file, file + ": the file is a ZIP archive, expected ");
    }

    @ParameterizedTest
    @EnumSource(ListSource.class)
    void refusesBinaryData(ListSource source) throws Exception {
        Path file = Files.write(dir.resolve("sdn.csv"), new byte[] {'<', 'a', 0, 1, 2, (byte) 0xff, '>'});
        assertRefused(source, file, file + ": the file holds binary data (NUL bytes), expected ");
    }

    @ParameterizedTest
    @EnumSource(ListSource.class)
    void refusesAFileAboveTheLimitBeforeReadingIt(ListSource source) throws Exception {
        Path file = dir.resolve("sdn.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ListParser.DEFAULT_MAX_BYTES + 1);
        }
        // a guard against a hang (reading 256 MB, expanding entities), not a speed claim
        assertTimeoutPreemptively(HANG, () -> assertRefused(source, file,
                file + ": file is larger than the import limit of 268435456 bytes (268435457 bytes)"));
    }

    @ParameterizedTest
    @EnumSource(ListSource.class)
    void appliesAConfiguredLimit(ListSource source) throws Exception {
        Path file = Files.writeString(dir.resolve("sdn.csv"), "x".repeat(101), StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> ListParsers.forSource(source, 100).parse(file)).isInstanceOf(ListFormatException.class)
                .hasMessage(file + ": file is larger than the import limit of 100 bytes (101 bytes)");
    }

    @ParameterizedTest
    @EnumSource(ListSource.class)
    void refusesAMissingFile(ListSource source) {
        Path file = dir.resolve("sdn.csv");
        assertRefused(source, file, file + ": file not found");
    }

    @ParameterizedTest
    @EnumSource(ListSource.class)
    void refusesADirectory(ListSource source) {
        assertRefused(source, dir, dir + ": not a regular file");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Integer.MAX_VALUE})
    void refusesAnUnusableLimit(long maxBytes) {
        for (ListSource source : ListSource.values()) {
            assertThatIllegalArgumentException().isThrownBy(() -> ListParsers.forSource(source, maxBytes));
        }
    }

    private static void assertRefused(ListSource source, Path file, String message) {
        assertThatThrownBy(() -> ListParsers.forSource(source).parse(file))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((ListFormatException) e).file()).isEqualTo(file));
    }
}
