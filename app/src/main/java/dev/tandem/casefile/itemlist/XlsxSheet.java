package dev.tandem.casefile.itemlist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook into rows. A formula cell gives the result Excel saved with it; a
 * formula error or a formula without a saved result makes the cell unusable. Numbers keep Excel's 15 significant
 * digits (so 0.1 × 3 is 0.3). Only the first {@value #MAX_COLUMNS} columns are read.
 *
 * <p>Protection against hostile files is POI's, tightened: a ZIP entry that inflates more than
 * 1 : {@value #MIN_INFLATE_RATIO_INVERSE} or beyond {@value #MAX_ENTRY_BYTES} bytes is refused (zip bombs), and
 * POI's XML parsers do not allow DOCTYPE declarations, so no external entity is ever resolved. The ZIP limits are
 * POI-wide settings: they also hold for any other use of POI in the application.
 */
final class XlsxSheet {

    static final int MAX_COLUMNS = 100;
    static final int MIN_INFLATE_RATIO_INVERSE = 100;
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MIN_INFLATE_RATIO_INVERSE);
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
    }

    private XlsxSheet() {
    }

    static Sheet read(byte[] content, Object name, int maxRows) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw Problems.file("refusal.itemList.zip", name);
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, e);
        }
        try {
            requireWorkbook(pkg, name);
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            boolean empty = workbook.getNumberOfSheets() == 0;
            return new Sheet(empty ? List.of() : rows(workbook.getSheetAt(0), maxRows), '.');
        } catch (ItemListException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, e);
        } finally {
            pkg.revert(); // closes without writing anything back
        }
    }

    private static void requireWorkbook(OPCPackage pkg, Object name) {
        var main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        String type = main.isEmpty() ? "" : main.get(0).getContentType();
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw Problems.file("refusal.itemList.notWorkbook", name);
        }
    }

    private static ItemListException unreadable(Object name, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max size")) {
                return Problems.file("refusal.itemList.zipBomb", name);
            }
            if (message.contains("doctype")) {
                return Problems.file("refusal.itemList.doctype", name);
            }
        }
        return Problems.file("refusal.itemList.damagedWorkbook", name);
    }

    private static List<Sheet.Row> rows(XSSFSheet sheet, int maxRows) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<Sheet.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            List<Sheet.Cell> cells = new ArrayList<>(width);
            boolean blank = true;
            for (int i = 0; i < width; i++) {
                Cell cell = row.getCell(i);
                Sheet.Cell value = cell == null ? Sheet.Cell.BLANK : cell((XSSFCell) cell, formatter);
                blank &= value.isBlank();
                cells.add(value);
            }
            if (!blank) {
                rows.add(new Sheet.Row(row.getRowNum() + 1, cells));
                if (rows.size() >= maxRows) {
                    break;
                }
            }
        }
        return rows;
    }

    private static Sheet.Cell cell(XSSFCell cell, DataFormatter formatter) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (!cell.getCTCell().isSetV()) {
                return new Sheet.Cell("=" + cell.getCellFormula(), null,
                        Problems.reason("refusal.itemList.formulaWithoutResult", cell.getCellFormula()));
            }
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC:
                double number = cell.getNumericCellValue();
                String shown = formatter.formatRawCellContents(number, cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
                return new Sheet.Cell(shown.strip(), excelNumber(number), null);
            case STRING:
                return Sheet.Cell.text(cell.getStringCellValue());
            case BOOLEAN:
                return Sheet.Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR:
                String error = cell.getErrorCellString();
                return new Sheet.Cell(error, null, cell.getCellType() == CellType.FORMULA
                        ? Problems.reason("refusal.itemList.formulaError", error, cell.getCellFormula())
                        : Problems.reason("refusal.itemList.cellError", error));
            default:
                return Sheet.Cell.BLANK;
        }
    }

    private static BigDecimal excelNumber(double number) {
        BigDecimal value = new BigDecimal(number).round(EXCEL_PRECISION).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
