package dev.tandem.exemption;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The itemised list of a request in the 1718 Committee's Annex II layout, as an Excel workbook: a title row naming
 * the request and its case, a header row (No., Item, Specification, HS code, Quantity, Unit, Unit value (USD), Total
 * value (USD)), one row per item, and a total row. The header names are the ones Tandem's own item-list import reads,
 * so the file can be filed again as it is.
 */
final class AnnexTwoList {

    static final String[] HEADERS = {"No.", "Item", "Specification", "HS code", "Quantity", "Unit",
            "Unit value (USD)", "Total value (USD)"};

    private AnnexTwoList() {
    }

    static byte[] write(PackageContent content) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Annex II");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Annex II: itemised list · " + content.request().ref() + " · case "
                    + content.file().ref() + " · " + content.file().title());
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(bold);
            }
            int r = 3;
            for (ApprovedItem item : content.request().items()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(item.line());
                row.createCell(1).setCellValue(item.description());
                row.createCell(2).setCellValue(item.specification() == null ? "" : item.specification());
                row.createCell(3).setCellValue(item.hsCode());
                row.createCell(4).setCellValue(item.quantity().doubleValue());
                row.createCell(5).setCellValue(item.unit());
                number(row, 6, item.unitValueUsd());
                number(row, 7, item.totalValueUsd());
            }
            Row total = sheet.createRow(r);
            total.createCell(1).setCellValue("Total");
            total.getCell(1).setCellStyle(bold);
            total.createCell(7).setCellValue(content.totalValueUsd().doubleValue());
            int[] widths = {6, 40, 40, 12, 12, 10, 16, 16};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
