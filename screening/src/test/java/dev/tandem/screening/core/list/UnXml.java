package dev.tandem.screening.core.list;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small UN consolidated-list documents for tests. */
final class UnXml {

    private UnXml() {
    }

    static String individual(String reference, String first, String second) {
        return "<INDIVIDUAL><FIRST_NAME>" + first + "</FIRST_NAME><SECOND_NAME>" + second + "</SECOND_NAME>"
                + "<UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>" + reference + "</REFERENCE_NUMBER></INDIVIDUAL>";
    }

    static String entity(String reference, String name, String comments) {
        return "<ENTITY><FIRST_NAME>" + name + "</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>"
                + reference + "</REFERENCE_NUMBER><COMMENTS1>" + comments + "</COMMENTS1></ENTITY>";
    }

    static String document(String individuals, String entities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n"
                + "<INDIVIDUALS>" + individuals + "</INDIVIDUALS>\n<ENTITIES>" + entities + "</ENTITIES>\n</CONSOLIDATED_LIST>\n";
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
