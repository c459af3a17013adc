package dev.tandem.screening.core.name.korean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated tables of this package: "#" starts a comment line, blank lines are skipped. */
final class Tsv {

    private Tsv() {
    }

    static List<String[]> read(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length > columns) throw new IllegalStateException(resource + ": too many columns: " + line);
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) row[i] = i < cells.length ? cells[i].strip() : "";
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<String> words(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.strip().split("\\s+"));
    }
}
