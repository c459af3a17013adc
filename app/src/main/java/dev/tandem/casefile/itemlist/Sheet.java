package dev.tandem.casefile.itemlist;

import java.math.BigDecimal;
import java.util.List;

/**
 * The non-blank rows of a CSV file or of a workbook's first sheet, before anything is made of them.
 *
 * @param decimalSeparator what the file's convention writes between whole numbers and decimals: '.' or ','
 */
record Sheet(List<Sheet.Row> rows, char decimalSeparator) {

    /**
     * A row that is not blank.
     *
     * @param number the row number a person sees (spreadsheet row, CSV line)
     */
    record Row(int number, List<Cell> cells) {

        Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.BLANK;
        }
    }

    /**
     * One cell: its text as shown, the number a spreadsheet stored (or {@code null}), or why it cannot be used
     * (a formula error).
     */
    record Cell(String text, BigDecimal number, org.springframework.context.MessageSourceResolvable unusable) {

        static final Cell BLANK = new Cell("", null, null);

        static Cell text(String text) {
            return new Cell(text == null ? "" : text.strip(), null, null);
        }

        boolean isBlank() {
            return unusable == null && number == null && text.isEmpty();
        }
    }
}
