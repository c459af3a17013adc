package dev.tandem.casefile.itemlist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the itemised list an applicant uploads with a case, laid out like the 1718 Committee's Annex II
 * ("Detailed list of items and specifications").
 *
 * <p><b>Input:</b> the file's name (used only in messages) and its bytes. What the file is comes from its content,
 * never its name: an XLSX workbook (its first sheet) or CSV text (UTF-8, with or without byte order mark, comma-
 * or semicolon-separated). Within the first {@value ItemTable#HEADER_SEARCH_ROWS} rows one row names the columns
 * (a title may stand above it); names are matched ignoring case, spaces, punctuation and anything in brackets:
 * <ul>
 * <li>required: Item (Item description, Description, 품목, 품명), Quantity (Qty, 수량), Unit (단위), HS code
 * (HS, HS 코드, 세번);</li>
 * <li>optional: No. (#, 순번), Specification (Specifications, 규격, 사양), Unit value (USD) (Unit price, 단가),
 * Total value (USD) (Total, 금액), Direction (TO/FROM the DPRK, 반출/반입; empty means TO).</li>
 * </ul>
 * Other columns are ignored, and so are blank rows, template rows left empty (only a number, or a total of 0) and
 * rows labelled Total/Subtotal/합계/소계 without quantity, unit or HS code. Numbers follow the file's convention:
 * "1,200.50" in XLSX and comma-separated CSV, "1.200,50" in semicolon-separated CSV; forms that can only mean one
 * thing are read either way (see {@link ItemValues}). Values are US dollars; "-" in a value cell means none. A
 * formula cell gives the result Excel saved with it.
 *
 * <p><b>Output:</b> one {@link ItemRow} per item, in file order, each with the row number a person sees.
 *
 * <p><b>Refused whole</b>, with an {@link ItemListException} that lists every problem (row, column, reason; up to
 * {@value ItemListException#MAX_PROBLEMS}): an empty file; one over {@value #MAX_BYTES} bytes; anything but
 * XLSX or UTF-8 CSV (PDF, images, Word, legacy .xls, password-protected workbooks, ZIP archives, binary files);
 * a zip bomb or XML with a DOCTYPE inside an XLSX; no header row or a missing required column; more than
 * {@value #MAX_ITEMS} items; an empty required cell; an Item longer than {@value ItemTable#MAX_DESCRIPTION}
 * characters (Specification {@value ItemTable#MAX_SPECIFICATION}, Unit {@value ItemTable#MAX_UNIT}); a quantity that is not a number or not more than zero; an HS
 * code that is not 4 to 10 digits; a negative value; a total value that is not quantity × unit value to the cent;
 * a closing totals row that is not the sum of the items; a formula error, or a formula without a saved result;
 * value columns named in another currency ("단가(원)"); a column named twice.
 *
 * <p>Stateless and thread-safe.
 */
public final class ItemListReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ITEMS = 2_000;

    /** Non-blank rows read at most; generous, so only a list of far too many items reaches it. */
    private static final int MAX_ROWS = 2 * MAX_ITEMS;
    private static final String SAVE_AS_XLSX = "open it in Excel, save it as Excel Workbook (.xlsx) or CSV UTF-8"
            + " and upload it again";

    /**
     * @param fileName the name the applicant's file had, for messages; may be {@code null}
     * @param content  the file's bytes
     * @return the items, at least one
     * @throws ItemListException listing every problem when the file is refused
     */
    public List<ItemRow> read(String fileName, byte[] content) {
        Object name = fileName == null || fileName.isBlank() ? Problems.reason("refusal.itemList.theFile")
                : fileName.strip();
        if (content == null || content.length == 0) {
            throw Problems.file("refusal.itemList.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw Problems.file("refusal.itemList.tooLarge", name, String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        FileMagic magic = FileMagic.valueOf(content);
        Sheet sheet = switch (magic) {
            case OOXML -> XlsxSheet.read(content, name, MAX_ROWS + 1);
            case UNKNOWN -> CsvSheet.read(content, name, MAX_ROWS + 1);
            default -> throw Problems.file(refusal(magic, content), name, magic.name());
        };
        if (sheet.rows().size() > MAX_ROWS) {
            throw ItemTable.tooManyItems(name, MAX_ITEMS);
        }
        return ItemTable.read(sheet, name, MAX_ITEMS);
    }

    /** The key of the refusal of a file that is not an item list; its arguments are the name and the type. */
    private static String refusal(FileMagic magic, byte[] content) {
        switch (magic) {
            case PDF:
                return "refusal.itemList.pdf";
            case PNG:
            case JPEG:
            case GIF:
            case TIFF:
            case BMP:
            case WMF:
            case EMF:
                return "refusal.itemList.image";
            case OLE2:
                return oldOffice(content);
            case BIFF2:
            case BIFF3:
            case BIFF4:
                return "refusal.itemList.oldExcel";
            case HTML:
                return "refusal.itemList.html";
            case XML:
                return "refusal.itemList.xml";
            default:
                return "refusal.itemList.wordProcessor";
        }
    }

    private static String oldOffice(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return "refusal.itemList.encrypted";
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return "refusal.itemList.xls";
            }
            return "refusal.itemList.oldOffice";
        } catch (IOException | RuntimeException e) {
            return "refusal.itemList.damagedOffice";
        }
    }
}
