package dev.tandem.screening.core.list;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one file of the OFAC legacy CSV set (Latin-1, no header, a fixed number of columns) into rows that
 * remember the line they start on. Refuses a row with the wrong number of columns or broken quoting, naming
 * the line. Skips blank lines, the DOS end-of-file marker (0x1A) OFAC puts on the last line, and a header row
 * whose first cell is {@code ent_num}. Does not interpret cells beyond the {@code -0-} null marker.
 */
final class OfacCsvRows {

    /** One CSV row: its 1-based starting line and its cells. */
    record Row(long line, List<String> cells) {

        /** The cell stripped of surrounding spaces, or null for OFAC's null marker {@code -0-} or an empty cell. */
        String value(int column) {
            String cell = cells.get(column).strip();
            return cell.isEmpty() || cell.equals("-0-") ? null : cell;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    private static final String END_OF_FILE = "\u001a";

    private OfacCsvRows() {
    }

    static List<Row> read(Path file, byte[] bytes, int columns) throws ListFormatException {
        List<Row> rows = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ListFormatException(file, line, 0, null, "malformed CSV (bad quoting?): " + rootMessage(e), e);
                }
                if (isFiller(record)) continue;
                if (rows.isEmpty() && record.get(0).strip().equalsIgnoreCase("ent_num")) continue;
                if (record.size() != columns) {
                    throw ListFormatException.atLine(file, line, null,
                            "expected " + columns + " columns, found " + record.size());
                }
                rows.add(new Row(line, record.toList()));
            }
        } catch (IOException e) {
            throw new ListFormatException(file, 0, 0, null, "cannot read CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    private static boolean isFiller(CSVRecord record) {
        if (record.size() != 1) return false;
        String only = record.get(0).strip();
        return only.isEmpty() || only.equals(END_OF_FILE);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return String.valueOf(root.getMessage());
    }
}
