package dev.tandem.casefile.itemlist;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text into rows: UTF-8 (strictly; a byte order mark is dropped), comma or semicolon separated. The
 * separator is the one under which a header row is recognised; comma when both or neither are. A semicolon implies
 * a decimal comma in numbers. Rows are numbered by the line they start on, blank lines are skipped.
 */
final class CsvSheet {

    private CsvSheet() {
    }

    static Sheet read(byte[] content, Object name, int maxRows) {
        String text = decode(content, name);
        if (text.indexOf('\0') >= 0) {
            throw Problems.file("refusal.itemList.notText", name);
        }
        char delimiter = score(text, ';') > score(text, ',') ? ';' : ',';
        // Excel separates with semicolons where the decimal separator is a comma
        return new Sheet(rows(text, delimiter, maxRows, Integer.MAX_VALUE), delimiter == ';' ? ',' : '.');
    }

    private static int score(String text, char delimiter) {
        try {
            int lines = ItemTable.HEADER_SEARCH_ROWS;
            return ItemTable.headerScore(rows(text, delimiter, lines, lines));
        } catch (ItemListException e) {
            return 0;
        }
    }

    private static List<Sheet.Row> rows(String text, char delimiter, int maxRows, int lastLine) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        List<Sheet.Row> rows = new ArrayList<>();
        long endOfPrevious = 0;
        try (CSVParser csv = format.parse(new StringReader(text))) {
            for (CSVRecord record : csv) {
                int line = (int) endOfPrevious + 1;
                endOfPrevious = csv.getCurrentLineNumber();
                if (line > lastLine) {
                    break;
                }
                List<Sheet.Cell> cells = new ArrayList<>(record.size());
                boolean blank = true;
                for (String value : record) {
                    Sheet.Cell cell = Sheet.Cell.text(value);
                    blank &= cell.isBlank();
                    cells.add(cell);
                }
                if (!blank) {
                    rows.add(new Sheet.Row(line, cells));
                    if (rows.size() >= maxRows) {
                        break;
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ItemListException(List.of(new ItemListException.Problem((int) endOfPrevious + 1, null,
                    "refusal.itemList.badCsv")), false);
        }
        return rows;
    }

    private static String decode(byte[] content, Object name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += content[i] == '\n' ? 1 : 0;
            }
            throw new ItemListException(List.of(new ItemListException.Problem(line, null,
                    "refusal.itemList.notUtf8", name)), false);
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
