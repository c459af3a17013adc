package dev.tandem.casefile.itemlist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.tandem.casefile.CaseLimits;
import dev.tandem.common.CleanTextValidator;

/**
 * Makes items of a sheet's rows: finds the header row, maps its columns, then checks every row below it and
 * collects every problem. Rows labelled "Total", "Subtotal", "합계" or "소계" without quantity, unit or HS code
 * are summaries, not items; when the list ends with a single totals row, its total value must be the sum of the
 * items' total values. Columns it does not know ("Remarks", "비고", "Origin") are ignored.
 */
final class ItemTable {

    static final int HEADER_SEARCH_ROWS = 10;
    static final int MAX_DESCRIPTION = CaseLimits.DESCRIPTION;
    static final int MAX_SPECIFICATION = CaseLimits.SPECIFICATION;
    static final int MAX_UNIT = CaseLimits.UNIT;

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** What people write in an optional number cell to say "none". */
    private static final Set<String> DASHES = Set.of("-", "–", "—");

    private final Header header;
    private final char decimalSeparator;
    private final Problems problems = new Problems();

    private ItemTable(Header header, char decimalSeparator) {
        this.header = header;
        this.decimalSeparator = decimalSeparator;
    }

    /** How many known columns the best header candidate has; 0 when no row looks like a header. */
    static int headerScore(List<Sheet.Row> rows) {
        Header header = findHeader(rows);
        return header == null ? 0 : header.columns.size();
    }

    static List<ItemRow> read(Sheet sheet, Object name, int maxItems) {
        List<Sheet.Row> rows = sheet.rows();
        if (rows.isEmpty()) {
            throw Problems.file("refusal.itemList.noRows", name);
        }
        Header header = findHeader(rows);
        if (header == null) {
            throw Problems.file("refusal.itemList.noHeader", name, String.valueOf(HEADER_SEARCH_ROWS));
        }
        ItemTable table = new ItemTable(header, sheet.decimalSeparator());
        table.checkHeader();
        table.problems.throwIfAny();
        return table.items(rows.subList(rows.indexOf(header.row) + 1, rows.size()), name, maxItems);
    }

    static ItemListException tooManyItems(Object name, int maxItems) {
        return Problems.file("refusal.itemList.tooManyItems", name, String.format(Locale.ROOT, "%,d", maxItems));
    }

    private static Header findHeader(List<Sheet.Row> rows) {
        Header best = null;
        for (Sheet.Row row : rows) {
            if (row.number() > HEADER_SEARCH_ROWS) {
                break;
            }
            Header candidate = new Header(row);
            if (candidate.columns.size() >= 2 && (best == null || candidate.columns.size() > best.columns.size())) {
                best = candidate;
            }
        }
        return best;
    }

    private void checkHeader() {
        int at = header.row.number();
        header.duplicates.forEach(names -> problems.add(at, null, "refusal.itemList.duplicateColumn",
                (Object[]) names));
        for (ItemColumn column : ItemColumn.values()) {
            if (column.required() && !header.columns.containsKey(column)) {
                problems.add(at, null, "refusal.itemList.missingColumn", column.label(), column.examples());
            }
            if (column.isValue() && header.columns.containsKey(column)
                    && ItemColumn.namesForeignCurrency(header.names.get(column))) {
                problems.add(at, header.names.get(column), "refusal.itemList.notDollars", column.label());
            }
        }
    }

    private List<ItemRow> items(List<Sheet.Row> rows, Object name, int maxItems) {
        List<ItemRow> items = new ArrayList<>();
        List<Sheet.Row> summaries = new ArrayList<>();
        int count = 0;
        for (Sheet.Row row : rows) {
            if (isUnfilled(row)) {
                continue;
            }
            if (isSummary(row)) {
                summaries.add(row);
                continue;
            }
            if (++count > maxItems) {
                throw tooManyItems(name, maxItems);
            }
            if (blank(row, ItemColumn.QUANTITY) && blank(row, ItemColumn.UNIT) && blank(row, ItemColumn.HS_CODE)) {
                problems.add(row.number(), null, "refusal.itemList.incompleteRow");
                continue;
            }
            ItemRow item = item(row);
            if (item != null) {
                items.add(item);
            }
        }
        if (problems.isEmpty() && !items.isEmpty() && summaries.size() == 1
                && summaries.get(0).number() > items.get(items.size() - 1).row()) {
            checkGrandTotal(summaries.get(0), items);
        }
        problems.throwIfAny();
        if (items.isEmpty()) {
            throw Problems.file("refusal.itemList.noItems", name);
        }
        return items;
    }

    private ItemRow item(Sheet.Row row) {
        int at = row.number();
        String description = text(row, ItemColumn.DESCRIPTION, MAX_DESCRIPTION, true,
                "refusal.itemList.descriptionTooLong");
        String specification = text(row, ItemColumn.SPECIFICATION, MAX_SPECIFICATION, false,
                "refusal.itemList.tooLong");
        BigDecimal quantity = number(row, ItemColumn.QUANTITY, true);
        if (quantity != null && quantity.signum() <= 0) {
            problems.add(at, header.name(ItemColumn.QUANTITY), "refusal.itemList.notPositive",
                    ItemValues.show(quantity, false));
            quantity = null;
        }
        String unit = text(row, ItemColumn.UNIT, MAX_UNIT, true, "refusal.itemList.tooLong");
        String hsCode = hsCode(row);
        BigDecimal unitValue = number(row, ItemColumn.UNIT_VALUE, false);
        BigDecimal totalValue = number(row, ItemColumn.TOTAL_VALUE, false);
        ItemDirection direction = direction(row);
        if (quantity != null && unitValue != null && totalValue != null
                && quantity.multiply(unitValue).subtract(totalValue).abs().compareTo(HALF_CENT) > 0) {
            problems.add(at, header.name(ItemColumn.TOTAL_VALUE), "refusal.itemList.totalNotProduct",
                    ItemValues.show(totalValue, true), ItemValues.show(quantity, false),
                    ItemValues.show(unitValue, true), ItemValues.show(quantity.multiply(unitValue), true));
            return null;
        }
        if (description == null || quantity == null || unit == null || hsCode == null || direction == null) {
            return null;
        }
        return new ItemRow(at, description, specification, quantity, unit, hsCode, unitValue, totalValue, direction);
    }

    private void checkGrandTotal(Sheet.Row summary, List<ItemRow> items) {
        if (!header.columns.containsKey(ItemColumn.TOTAL_VALUE) || blank(summary, ItemColumn.TOTAL_VALUE)
                || items.stream().anyMatch(item -> item.totalValueUsd() == null)) {
            return;
        }
        BigDecimal stated = number(summary, ItemColumn.TOTAL_VALUE, false);
        BigDecimal sum = items.stream().map(ItemRow::totalValueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (stated != null && stated.subtract(sum).abs().compareTo(CENT) > 0) {
            problems.add(summary.number(), header.name(ItemColumn.TOTAL_VALUE), "refusal.itemList.totalNotSum",
                    ItemValues.show(stated, true), ItemValues.show(sum, true));
        }
    }

    /** A template row left empty: perhaps numbered, perhaps with a total formula that gives 0. */
    private boolean isUnfilled(Sheet.Row row) {
        for (ItemColumn column : List.of(ItemColumn.DESCRIPTION, ItemColumn.SPECIFICATION, ItemColumn.QUANTITY,
                ItemColumn.UNIT, ItemColumn.HS_CODE, ItemColumn.UNIT_VALUE)) {
            if (!blank(row, column)) {
                return false;
            }
        }
        if (blank(row, ItemColumn.TOTAL_VALUE)) {
            return true;
        }
        Sheet.Cell total = row.cell(header.columns.get(ItemColumn.TOTAL_VALUE));
        return total.number() != null && total.number().signum() == 0;
    }

    private boolean isSummary(Sheet.Row row) {
        return row.cells().stream().filter(cell -> !cell.isBlank()).findFirst()
                .map(first -> ItemValues.isSummaryLabel(first.text())).orElse(false)
                && blank(row, ItemColumn.QUANTITY) && blank(row, ItemColumn.UNIT) && blank(row, ItemColumn.HS_CODE);
    }

    private boolean blank(Sheet.Row row, ItemColumn column) {
        Integer index = header.columns.get(column);
        return index == null || row.cell(index).isBlank();
    }

    /** The usable cell of a column, or {@code null} when the column is absent or the cell blank or unusable. */
    private Sheet.Cell cell(Sheet.Row row, ItemColumn column, boolean required) {
        Integer index = header.columns.get(column);
        if (index == null) {
            return null;
        }
        Sheet.Cell cell = row.cell(index);
        if (cell.unusable() != null) {
            problems.add(row.number(), header.name(column), cell.unusable().getCodes()[0],
                    cell.unusable().getArguments());
            return null;
        }
        if (cell.isBlank()) {
            if (required) {
                problems.add(row.number(), header.name(column), "refusal.itemList.emptyCell");
            }
            return null;
        }
        return cell;
    }

    private String text(Sheet.Row row, ItemColumn column, int maxLength, boolean required, String tooLongKey) {
        Sheet.Cell cell = cell(row, column, required);
        if (cell == null) {
            return null;
        }
        if (cell.text().length() > maxLength) {
            problems.add(row.number(), header.name(column), tooLongKey, String.valueOf(maxLength));
            return null;
        }
        if (!CleanTextValidator.isClean(cell.text())) {
            problems.add(row.number(), header.name(column), CleanTextValidator.REFUSAL);
            return null;
        }
        return cell.text();
    }

    private BigDecimal number(Sheet.Row row, ItemColumn column, boolean required) {
        Sheet.Cell cell = cell(row, column, required);
        if (cell == null || !required && DASHES.contains(cell.text())) {
            return null;
        }
        try {
            BigDecimal value = cell.number() != null ? cell.number() : ItemValues.number(cell.text(), column.isValue(),
                    decimalSeparator);
            if (column.isValue() && value.signum() < 0) {
                problems.add(row.number(), header.name(column), "refusal.itemList.negative",
                        ItemValues.show(value, true));
                return null;
            }
            int integerDigits = column.isValue() ? CaseLimits.VALUE_INTEGER : CaseLimits.QUANTITY_INTEGER;
            if (value.precision() - value.scale() > integerDigits) {
                problems.add(row.number(), header.name(column), "refusal.itemList.tooManyDigits",
                        String.valueOf(integerDigits));
                return null;
            }
            return value;
        } catch (ItemValues.Unreadable e) {
            problems.add(row.number(), header.name(column), e.key(), e.args());
            return null;
        }
    }

    private String hsCode(Sheet.Row row) {
        Sheet.Cell cell = cell(row, ItemColumn.HS_CODE, true);
        if (cell == null) {
            return null;
        }
        try {
            return ItemValues.hsCode(cell.text(), cell.number() != null);
        } catch (ItemValues.Unreadable e) {
            problems.add(row.number(), header.name(ItemColumn.HS_CODE), e.key(), e.args());
            return null;
        }
    }

    private ItemDirection direction(Sheet.Row row) {
        if (!header.columns.containsKey(ItemColumn.DIRECTION) || blank(row, ItemColumn.DIRECTION)) {
            return ItemDirection.TO;
        }
        Sheet.Cell cell = cell(row, ItemColumn.DIRECTION, false);
        if (cell == null) {
            return null;
        }
        try {
            return ItemValues.direction(cell.text());
        } catch (ItemValues.Unreadable e) {
            problems.add(row.number(), header.name(ItemColumn.DIRECTION), e.key(), e.args());
            return null;
        }
    }

    /** A header row: which known column is at which index, and what the file calls it. */
    private static final class Header {

        final Sheet.Row row;
        final Map<ItemColumn, Integer> columns = new EnumMap<>(ItemColumn.class);
        final Map<ItemColumn, String> names = new EnumMap<>(ItemColumn.class);
        final List<String[]> duplicates = new ArrayList<>();

        Header(Sheet.Row row) {
            this.row = row;
            for (int i = 0; i < row.cells().size(); i++) {
                String text = row.cell(i).text().replaceAll("\\s+", " ");
                ItemColumn column = ItemColumn.of(text);
                if (column == ItemColumn.DESCRIPTION && columns.containsKey(column)
                        && !columns.containsKey(ItemColumn.SPECIFICATION)
                        && ItemColumn.key(text).equals("description")) {
                    column = ItemColumn.SPECIFICATION; // "Item | Description": the description details the item
                }
                if (column == null) {
                    continue;
                }
                if (columns.containsKey(column)) {
                    duplicates.add(new String[] {names.get(column), text, column.label()});
                    continue;
                }
                columns.put(column, i);
                names.put(column, text);
            }
        }

        String name(ItemColumn column) {
            return names.get(column);
        }
    }
}
