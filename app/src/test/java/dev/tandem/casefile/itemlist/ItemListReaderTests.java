package dev.tandem.casefile.itemlist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tandem.common.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ItemListReaderTests {

    private static final String HEADER = "No.,Item,Specification,Quantity,Unit,HS code,Unit value (USD),Total value (USD)";

    private final ItemListReader reader = new ItemListReader();

    // --- what it reads

    @Test
    void readsTheVideoReunionsWorkbook() throws IOException {
        List<ItemRow> items = reader.read("video-reunions-annex-ii.xlsx", fixture("video-reunions-annex-ii.xlsx"));

        assertThat(items).extracting(ItemRow::row).containsExactly(5, 6, 7, 8);
        assertThat(items).extracting(ItemRow::hsCode).containsExactly("8525.89", "8544.70", "8544.70", "8528.52");
        ItemRow camera = items.get(0);
        assertThat(camera.description()).isEqualTo("HD video conference camera");
        assertThat(camera.specification()).startsWith("1080p60");
        assertThat(camera.quantity()).isEqualByComparingTo("20");
        assertThat(camera.unit()).isEqualTo("pcs");
        assertThat(camera.unitValueUsd()).isEqualByComparingTo("1250");
        assertThat(camera.totalValueUsd()).isEqualByComparingTo("25000");
        assertThat(camera.direction()).isEqualTo(ItemDirection.TO);
        assertThat(items.get(2).totalValueUsd()).isEqualByComparingTo("1300");
        assertThat(items.get(1).unit()).isEqualTo("km");
    }

    @Test
    void readsTheDeclaredPurposeAndPetroleumProductColumnsInEnglishOrKorean() {
        List<ItemRow> items = reader.read("parts.csv", ("Item,Quantity,Unit,HS code,Declared purpose,Petroleum product\n"
                + "Wheel bearings,4,pcs,8482.10,civil-aircraft-spare-part,\n"
                + "Diesel,1000,t,2710.19,,gas-oil-diesel\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<ItemRow> korean = reader.read("부품.csv", ("품목,수량,단위,HS 코드,신고 용도,유종\n"
                + "베어링,4,개,8482.10,civil-aircraft-spare-part,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(items).extracting(ItemRow::declaredPurpose).containsExactly("civil-aircraft-spare-part", null);
        assertThat(items).extracting(ItemRow::product).containsExactly(null, "gas-oil-diesel");
        assertThat(korean.get(0).declaredPurpose()).isEqualTo("civil-aircraft-spare-part");
    }

    @Test
    void readsTheTamifluCsv() throws IOException {
        List<ItemRow> items = reader.read("tamiflu-delivery.csv", fixture("tamiflu-delivery.csv"));

        assertThat(items).extracting(ItemRow::row).containsExactly(2, 3, 4);
        assertThat(items).extracting(ItemRow::hsCode).containsExactly("3004.90", "3822.19", "8704.21");
        assertThat(items.get(0).description()).isEqualTo("Oseltamivir (Tamiflu) 75 mg capsules");
        assertThat(items.get(0).quantity()).isEqualByComparingTo("200000");
        assertThat(items.get(0).totalValueUsd()).isEqualByComparingTo("3700000.00");
        assertThat(items.get(2).description()).isEqualTo("Delivery truck");
        assertThat(items.get(2).unitValueUsd()).isEqualByComparingTo("35000");
        assertThat(items).extracting(ItemRow::direction).containsOnly(ItemDirection.TO);
    }

    @Test
    void readsKoreanHeadersAndDirections() throws IOException {
        List<ItemRow> items = reader.read("양묘장.xlsx", fixture("forestry-nursery-korean.xlsx"));

        assertThat(items).hasSize(3);
        ItemRow seedlings = items.get(0);
        assertThat(seedlings.row()).isEqualTo(4);
        assertThat(seedlings.description()).isEqualTo("잣나무 묘목");
        assertThat(seedlings.specification()).isEqualTo("2년생 용기묘");
        assertThat(seedlings.quantity()).isEqualByComparingTo("100000");
        assertThat(seedlings.unit()).isEqualTo("본");
        assertThat(seedlings.hsCode()).isEqualTo("0602.90");
        assertThat(seedlings.unitValueUsd()).isEqualByComparingTo("0.35");
        assertThat(seedlings.totalValueUsd()).isEqualByComparingTo("35000");
        assertThat(items).extracting(ItemRow::direction).containsOnly(ItemDirection.TO);
    }

    @Test
    void readsKoreanCsvWithSemicolonsAndKoreanDirections() {
        List<ItemRow> items = readCsv("순번;품목;규격;수량;단위;HS 코드;단가;금액;반출입",
                "1;밀가루;25 kg 포대;1.200;포대;1101.00;18,50;22.200,00;반출",
                "2;송이버섯;1등급;300;kg;0709.59;40;12000;반입");

        assertThat(items).extracting(ItemRow::direction).containsExactly(ItemDirection.TO, ItemDirection.FROM);
        assertThat(items.get(0).quantity()).isEqualByComparingTo("1200");
        assertThat(items.get(0).unitValueUsd()).isEqualByComparingTo("18.50");
        assertThat(items.get(0).totalValueUsd()).isEqualByComparingTo("22200.00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "No.,Item,Specification,Quantity,Unit,HS code,Unit value (USD),Total value (USD),Direction",
            "#,Item description,Specifications,Qty,Units,HS,Unit price,Total,direction",
            "S/N,DESCRIPTION,SPEC,QTY.,UoM,HS Code (6 digits),Unit Price USD,Total Value in USD,Flow",
            "Item No.,Item,Description,Quantity,Unit,H.S. code,Price,Value,Direction",
            "순번,품목,규격,수량,단위,HS 코드,단가(USD),금액(USD),반출입",
            "번호,품명,사양,수량,단위,HS부호,단가 (미화),총액,방향"})
    void matchesHeadersByNameAndSynonym(String header) {
        List<ItemRow> items = readCsv(header, "1,Fibre-optic cable,G.652.D,12,km,8544.70,2400,28800,TO");

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.description()).isEqualTo("Fibre-optic cable");
            assertThat(item.specification()).isEqualTo("G.652.D");
            assertThat(item.quantity()).isEqualByComparingTo("12");
            assertThat(item.unit()).isEqualTo("km");
            assertThat(item.hsCode()).isEqualTo("8544.70");
            assertThat(item.unitValueUsd()).isEqualByComparingTo("2400");
            assertThat(item.totalValueUsd()).isEqualByComparingTo("28800");
        });
    }

    @Test
    void findsTheHeaderBelowATitle() {
        byte[] file = xlsx(
                new Object[] {"Annex II: Detailed list of items and specifications"},
                new Object[] {},
                new Object[] {"Requesting entity: Korea Red Cross"},
                new Object[] {"Item", "Quantity", "Unit", "HS code"},
                new Object[] {"Blankets", 500, "pcs", "6301.40"});

        assertThat(reader.read("list.xlsx", file)).singleElement().extracting(ItemRow::row).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"comma", "semicolon", "bom", "crlf"})
    void acceptsCsvVariants(String variant) {
        String text = HEADER + "\n1, Blankets, \"wool, 2 kg\", 500, pcs, 6301.40, 12.50, \"6,250.00\"\n";
        if (variant.equals("semicolon")) {
            text = HEADER.replace(',', ';') + "\n1;Blankets;wool, 2 kg;500;pcs;6301.40;12,50;6.250,00\n";
        } else if (variant.equals("bom")) {
            text = "\uFEFF" + text;
        } else if (variant.equals("crlf")) {
            text = text.replace("\n", "\r\n");
        }
        List<ItemRow> items = reader.read("list.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.row()).isEqualTo(2);
            assertThat(item.specification()).isEqualTo("wool, 2 kg");
            assertThat(item.totalValueUsd()).isEqualByComparingTo("6250");
        });
    }

    @Test
    void numbersCsvRowsByTheLineTheyStartOn() {
        List<ItemRow> items = readCsv(HEADER, "", "1,Blankets,\"wool,", "2 kg\",500,pcs,6301.40,,", "", "",
                "2,Tents,,20,pcs,6306.22,,");

        assertThat(items).extracting(ItemRow::row).containsExactly(3, 7);
    }

    @ParameterizedTest(name = "{0} with decimal point → {1}, with decimal comma → {2}")
    @CsvSource(delimiter = '|', value = {
            "1200|1200|1200", "1,200|1200|1.2", "1.200|1.2|1200", "1,200.50|1200.50|1200.50",
            "1.200,50|1200.50|1200.50", "12.5|12.5|12.5", "12,5|12.5|12.5", "1,234,567|1234567|1234567",
            "1.200.000|1200000|1200000", "1234,567|1234.567|1234.567", "1 200|1200|1200", "１２|12|12", "+3|3|3",
            ".5|0.5|0.5", "0,25|0.25|0.25"})
    void readsNumbersByTheFilesConvention(String written, String withPoint, String withComma) throws Exception {
        assertThat(ItemValues.number(written, false, '.')).isEqualByComparingTo(withPoint);
        assertThat(ItemValues.number(written, false, ',')).isEqualByComparingTo(withComma);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1,20,0", "1.2.3,4", "12,", "1,200.5.0", ",", "1e3", "twelve", "12-3"})
    void refusesWhatIsNotANumber(String written) {
        assertThat(catchThrowableOfType(ItemValues.Unreadable.class, () -> ItemValues.number(written, false, '.')))
                .hasMessage("'" + written + "' is not a number");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"$1,200.00|1200.00", "US$ 35,000|35000", "350 USD|350", "(12.00)|-12"})
    void readsMoneyWithDollarSigns(String written, String expected) throws ItemValues.Unreadable {
        assertThat(ItemValues.number(written, true, '.')).isEqualByComparingTo(expected);
    }

    @Test
    void usesTheSavedResultOfFormulas() {
        byte[] file = xlsx(
                new Object[] {"Item", "Quantity", "Unit", "HS code", "Unit value", "Total value"},
                new Object[] {"Rice", new Formula("10*10"), "t", "1006.30", 0.1, new Formula("B2*E2")},
                new Object[] {"Total", null, null, null, null, new Formula("SUM(F2:F2)")});

        ItemRow rice = reader.read("list.xlsx", file).get(0);

        assertThat(rice.quantity()).isEqualByComparingTo("100");
        assertThat(rice.totalValueUsd()).isEqualByComparingTo("10").hasToString("10");
    }

    @Test
    void ignoresBlankRowsAndTrailingFormattedRows() {
        byte[] file = xlsx(sheet -> {
            fill(sheet, new Object[] {"Item", "Quantity", "Unit", "HS code"},
                    new Object[] {"Blankets", 500, "pcs", "6301.40"},
                    new Object[] {},
                    new Object[] {"Tents", 20, "pcs", "6306.22"});
            for (int r = 4; r < 40; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("");
                row.createCell(1).setCellStyle(sheet.getWorkbook().createCellStyle());
            }
        }, true);

        assertThat(reader.read("list.xlsx", file)).extracting(ItemRow::row).containsExactly(2, 4);
    }

    @Test
    void ignoresTemplateRowsLeftEmpty() {
        byte[] file = xlsx(
                new Object[] {"No.", "Item", "Quantity", "Unit", "HS code", "Unit value", "Total value"},
                new Object[] {1, "Blankets", 500, "pcs", "6301.40", 12.5, new Formula("C2*F2")},
                new Object[] {2, null, null, null, null, null, new Formula("C3*F3")},
                new Object[] {3, null, null, null, null, null, new Formula("C4*F4")},
                new Object[] {"Total", null, null, null, null, null, new Formula("SUM(G2:G4)")});

        assertThat(reader.read("list.xlsx", file)).singleElement().extracting(ItemRow::totalValueUsd)
                .isEqualTo(new BigDecimal("6250"));
    }

    @Test
    void readsAnItemAndDescriptionPairAsItemAndSpecification() {
        assertThat(readCsv("Item,Description,Quantity,Unit,HS code", "Generator,\"50 kW, diesel\",2,units,8502.12"))
                .singleElement().satisfies(item -> {
                    assertThat(item.description()).isEqualTo("Generator");
                    assertThat(item.specification()).isEqualTo("50 kW, diesel");
                });
    }

    @Test
    void ignoresColumnsItDoesNotKnow() {
        List<ItemRow> items = readCsv("Item,Origin,Quantity,Unit,HS code,Remarks,비고",
                "Blankets,China,500,pcs,6301.40,urgent,긴급");

        assertThat(items).singleElement().extracting(ItemRow::description).isEqualTo("Blankets");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "8704.21|8704.21", "870421|870421", "8704 21|870421", "3004.90.1000|3004.90.1000", "0602|0602",
            "8704211000|8704211000"})
    void keepsHsCodesAsWritten(String written, String expected) {
        assertThat(readCsv("Item,Quantity,Unit,HS code", "Truck,1,unit," + written))
                .singleElement().extracting(ItemRow::hsCode).isEqualTo(expected);
    }

    @Test
    void readsHsCodesStoredAsNumbers() {
        byte[] file = xlsx(
                new Object[] {"Item", "Quantity", "Unit", "HS code"},
                new Object[] {"Cable", 1, "km", 8544.2},
                new Object[] {"Tamiflu", 1, "box", 300490},
                new Object[] {"Truck", 1, "unit", 8704.21});

        assertThat(reader.read("list.xlsx", file)).extracting(ItemRow::hsCode)
                .containsExactly("8544.20", "300490", "8704.21");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"TO, TO", "from, FROM", "to DPRK, TO", "From the DPRK, FROM", "export, TO", "반출, TO", "반입, FROM",
            "'', TO"})
    void readsDirections(String written, ItemDirection expected) {
        assertThat(readCsv("Item,Quantity,Unit,HS code,Direction", "Coal sample,1,kg,2701.12," + written))
                .singleElement().extracting(ItemRow::direction).isEqualTo(expected);
    }

    @Test
    void acceptsTotalsRoundedToTheCent() {
        assertThat(readCsv(HEADER, "1,Patch cord,,3,pcs,8544.70,0.125,0.38", "2,Patch cord,,3,pcs,8544.70,0.125,0.37"))
                .hasSize(2);
    }

    @Test
    void readsADashInAValueCellAsNoValue() {
        assertThat(readCsv(HEADER, "1,Donated blankets,,500,pcs,6301.40,-,–")).singleElement().satisfies(item -> {
            assertThat(item.unitValueUsd()).isNull();
            assertThat(item.totalValueUsd()).isNull();
        });
    }

    // --- what it refuses, row by row

    @Test
    void refusesAQuantityWithItsUnitInTheCell() {
        ItemListException refusal = csvRefusal(HEADER, "1,Boxes of gloves,,\"12,5 boxes\",box,4015.19,,");

        assertThat(refusal.problems()).singleElement().hasToString(
                "row 2, column Quantity: '12,5 boxes' is not a number; put the unit (boxes) in the Unit column");
        assertThat(refusal.field()).isEqualTo("itemList");
        assertThat(refusal).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "-3", "(2)", "0.00"})
    void refusesQuantitiesThatAreNotMoreThanZero(String quantity) {
        assertThat(csvRefusal("Item,Qty,Unit,HS code", "Gloves," + quantity + ",box,4015.19").problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.row()).isEqualTo(2);
                    assertThat(problem.column()).isEqualTo("Qty");
                    assertThat(problem.reason()).startsWith("must be more than zero");
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"87", "8704-21", "12345678901", "HS8704", "8704..21"})
    void refusesMalformedHsCodes(String hsCode) {
        assertThat(csvRefusal("Item,Quantity,Unit,HS code", "Truck,1,unit," + hsCode).problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.column()).isEqualTo("HS code");
                    assertThat(problem.reason()).contains("'" + hsCode + "'").contains("HS code");
                });
    }

    @Test
    void refusesHsCodesThatLostTheirLeadingZeroAsNumbers() {
        byte[] file = xlsx(new Object[] {"Item", "Quantity", "Unit", "HS code"}, new Object[] {"Milk", 1, "t", 401});

        assertThat(refusal("list.xlsx", file).problems()).singleElement().extracting(Object::toString)
                .asString().contains("format the cell as text");
    }

    @Test
    void refusesATotalThatIsNotQuantityTimesUnitValue() {
        ItemListException refusal = csvRefusal(HEADER, "1,Camera,,10,pcs,8525.89,120,\"1,250.00\"");

        assertThat(refusal.problems()).singleElement().hasToString("row 2, column Total value (USD): 1,250.00 is not"
                + " quantity × unit value (10 × 120.00 = 1,200.00)");
    }

    @Test
    void refusesATotalsRowThatIsNotTheSumOfTheItems() {
        ItemListException refusal = csvRefusal(HEADER, "1,Camera,,10,pcs,8525.89,120,1200",
                "2,Cable,,2,km,8544.70,100,200", "Total,,,,,,,1500");

        assertThat(refusal.problems()).singleElement().hasToString("row 4, column Total value (USD): 1,500.00 is not"
                + " the sum of the items' total values (1,400.00)");
    }

    @Test
    void refusesNegativeValuesAndEmptyRequiredCells() {
        ItemListException refusal = csvRefusal(HEADER, "1,,,10,,8525.89,-5,");

        assertThat(refusal.problems()).extracting(Object::toString).containsExactly(
                "row 2, column Item: is empty",
                "row 2, column Unit: is empty",
                "row 2, column Unit value (USD): must not be negative (it is -5.00)");
    }

    @Test
    void refusesRowsWithoutQuantityUnitOrHsCode() {
        ItemListException refusal = csvRefusal(HEADER, "1,Camera,,10,pcs,8525.89,,", ",Prices include freight,,,,,,");

        assertThat(refusal.problems()).singleElement()
                .hasToString("row 3: has no quantity, unit or HS code; complete the row or delete it");
    }

    @Test
    void refusesUnknownDirections() {
        assertThat(csvRefusal("Item,Quantity,Unit,HS code,Direction", "Coal,1,t,2701.12,sideways").problems())
                .singleElement().extracting(ItemListException.Problem::reason).asString()
                .startsWith("'sideways' is not a direction");
    }

    @Test
    void refusesFormulaErrorsAndFormulasWithoutASavedResult() {
        byte[] file = xlsx(sheet -> {
            fill(sheet, new Object[] {"Item", "Quantity", "Unit", "HS code", "Unit value", "Total value"},
                    new Object[] {"Rice", 10, "t", "1006.30", new Formula("1/0"), new Formula("B2*E2")});
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
            Row row = sheet.createRow(2);
            fill(row, "Wheat", new Formula("2*5"), "t", "1001.99");
        }, false);

        assertThat(refusal("list.xlsx", file).problems()).extracting(Object::toString).containsExactly(
                "row 2, column Unit value: shows the error #DIV/0! (from =1/0)",
                "row 2, column Total value: shows the error #DIV/0! (from =B2*E2)",
                "row 3, column Quantity: the formula =2*5 has no saved result; open the file in Excel, save it and"
                        + " upload it again");
    }

    @Test
    void collectsEveryProblemOfTheFileAtOnce() {
        ItemListException refusal = csvRefusal(HEADER,
                "1,Camera,,ten,pcs,8525.89,,",
                "2,Cable,,2,km,85,,",
                "3,Monitor,,5,pcs,8528.52,,",
                "4,Truck,,0,unit,8704.21,,");

        assertThat(refusal.problems()).extracting(ItemListException.Problem::row).containsExactly(2, 3, 5);
        assertThat(refusal.reason()).startsWith("has 3 problems: row 2, column Quantity: 'ten' is not a number; ");
    }

    @Test
    void listsAtMostFiftyProblems() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 60; i++) {
            lines.add(i + ",Camera,,many,pcs,8525.89,,");
        }

        ItemListException refusal = csvRefusal(lines.toArray(String[]::new));

        assertThat(refusal.problems()).hasSize(ItemListException.MAX_PROBLEMS);
        assertThat(refusal.hasMoreProblems()).isTrue();
        assertThat(refusal.reason()).startsWith("has more than 50 problems; the first 50: row 2");
    }

    // --- what it refuses, whole

    @Test
    void refusesAnEmptyFile() {
        assertThat(refusal("list.csv", new byte[0]).reason()).isEqualTo("list.csv is empty");
        assertThat(refusal(null, null).reason()).isEqualTo("the file is empty");
        assertThat(refusal("list.csv", "\n \n,,\n".getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo("list.csv has no rows; it needs a header row and one row per item");
        assertThat(refusal("list.xlsx", xlsx()).reason())
                .isEqualTo("list.xlsx has no rows; it needs a header row and one row per item");
    }

    @Test
    void refusesAListWithAHeaderButNoItems() {
        assertThat(csvRefusal(HEADER, ",,,,,,,").reason()).isEqualTo("items.csv has a header row but no items below it");
    }

    @Test
    void refusesAFileWithoutAHeaderRow() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lines.add("Note " + i);
        }
        lines.add(HEADER);
        lines.add("1,Camera,,10,pcs,8525.89,,");

        assertThat(csvRefusal(lines.toArray(String[]::new)).reason()).startsWith("items.csv has no header row in its"
                + " first 10 rows: one row must name the columns Item, Quantity, Unit and HS code");
    }

    @Test
    void namesEveryMissingRequiredColumn() {
        ItemListException refusal = csvRefusal("No.,Item,Specification,Quantity", "1,Camera,1080p,10");

        assertThat(refusal.problems()).extracting(Object::toString).containsExactly(
                "row 1: there is no Unit column (name it \"Unit\" or \"단위\")",
                "row 1: there is no HS code column (name it \"HS code\", \"HS\" or \"HS 코드\")");
    }

    @Test
    void refusesColumnsThatAppearTwice() {
        assertThat(csvRefusal("Item,Qty,Quantity,Unit,HS code", "Camera,10,10,pcs,8525.89").problems())
                .singleElement().hasToString("row 1: columns 'Qty' and 'Quantity' both look like Quantity;"
                        + " rename or remove one");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"단가(원)", "Unit price (EUR)", "Unit value KRW", "단가(천원)"})
    void refusesValuesInOtherCurrencies(String header) {
        assertThat(csvRefusal("Item,Quantity,Unit,HS code," + header, "Rice,1,t,1006.30,100").problems())
                .singleElement().hasToString("row 1, column " + header + ": values must be in US dollars; convert"
                        + " them and name the column \"Unit value (USD)\"");
    }

    @ParameterizedTest(name = "{0} renamed {1}")
    @CsvSource({"pdf, list.xlsx, a PDF document", "pdf, list.csv, a PDF document", "png, list.xlsx, an image (PNG)",
            "jpeg, list.csv, an image (JPEG)"})
    void refusesOtherKindsOfFileWhateverTheirName(String kind, String name, String what) {
        byte[] content = switch (kind) {
            case "pdf" -> "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
            case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            default -> new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
        };

        assertThat(refusal(name, content).reason()).isEqualTo(name + " is " + what
                + ", not an item list; upload the list as CSV (UTF-8) or Excel (.xlsx)");
    }

    @Test
    void readsAWorkbookNamedCsvAsAWorkbook() {
        byte[] file = xlsx(new Object[] {"Item", "Quantity", "Unit", "HS code"}, new Object[] {"Tents", 20, "pcs", "6306.22"});

        assertThat(reader.read("list.csv", file)).hasSize(1);
    }

    @Test
    void refusesZipArchivesAndOtherOfficeDocuments() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("items.csv"));
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
        }
        var docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Item list");
            document.write(docx);
        }

        assertThat(refusal("list.xlsx", zip.toByteArray()).reason()).startsWith("list.xlsx is a ZIP archive, not an Excel"
                + " workbook");
        assertThat(refusal("list.xlsx", docx.toByteArray()).reason()).startsWith("list.xlsx is an Office document but"
                + " not an Excel workbook");
    }

    @Test
    void refusesLegacyXlsWorkbooks() throws IOException {
        var xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("Item");
            workbook.write(xls);
        }

        assertThat(refusal("list.xlsx", xls.toByteArray()).reason()).isEqualTo("list.xlsx is an Excel 97–2003"
                + " workbook (.xls); open it in Excel, save it as Excel Workbook (.xlsx) or CSV UTF-8 and upload it again");
    }

    @Test
    void refusesPasswordProtectedWorkbooks() throws Exception {
        byte[] plain = xlsx(new Object[] {"Item", "Quantity", "Unit", "HS code"}, new Object[] {"Tents", 20, "pcs", "6306.22"});
        var encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("kaesong");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain)); OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            fs.writeFilesystem(encrypted);
        }

        assertThat(refusal("list.xlsx", encrypted.toByteArray()).reason()).startsWith("list.xlsx is protected with a"
                + " password; remove the password in Excel");
    }

    @Test
    void refusesZipBombs() {
        byte[] plain = xlsx(new Object[] {"Item", "Quantity", "Unit", "HS code"}, new Object[] {"Tents", 20, "pcs", "6306.22"});
        byte[] bomb = rewrite(plain, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>", "?>"
                + " ".repeat(8 * 1024 * 1024)));

        assertThat(bomb.length).isLessThan(ItemListReader.MAX_BYTES / 10);
        assertThat(refusal("list.xlsx", bomb).reason()).isEqualTo("list.xlsx expands to far more data than a list of"
                + " items needs (a possible zip bomb) and is refused");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"external", "expansion"})
    void neverResolvesEntitiesInSheetXml(String attack, @TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "PYONGYANG-SECRET");
        String doctype = attack.equals("external")
                ? "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                : "<!DOCTYPE worksheet [<!ENTITY a \"PYONGYANG-SECRET\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY xxe \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        byte[] plain = xlsx(new Object[] {"Item", "Quantity", "Unit", "HS code"}, new Object[] {"Tents", 20, "pcs", "6306.22"});
        byte[] hostile = rewrite(plain, "xl/worksheets/sheet1.xml", xml -> xml
                .replaceFirst("\\?>", Matcher.quoteReplacement("?>" + doctype))
                .replaceFirst("<c r=\"A2\"[^>]*>.*?</c>", "<c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"));
        assertThat(new String(unzip(hostile, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)).contains("&xxe;");

        ItemListException refusal = refusal("list.xlsx", hostile);

        assertThat(refusal.reason()).isEqualTo("list.xlsx contains XML declarations that Excel never writes"
                + " (a DOCTYPE) and is refused");
        assertThat(refusal.getMessage()).doesNotContain("PYONGYANG");
    }

    @Test
    void refusesMoreThanTwoThousandItems() {
        List<String> lines = new ArrayList<>(List.of(HEADER, "Total,,,,,,,"));
        for (int i = 1; i <= ItemListReader.MAX_ITEMS; i++) {
            lines.add(i + ",Blanket,,1,pcs,6301.40,,");
        }
        assertThat(readCsv(lines.toArray(String[]::new))).hasSize(ItemListReader.MAX_ITEMS);

        lines.add("2001,Blanket,,1,pcs,6301.40,,");

        assertThat(csvRefusal(lines.toArray(String[]::new)).reason()).isEqualTo("items.csv has more than 2,000 items,"
                + " more than one list may have; split it into several lists");
    }

    @Test
    void refusesFilesLargerThanFiveMegabytes() {
        byte[] content = (HEADER + "\n" + " ".repeat(ItemListReader.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);

        assertThat(refusal("list.csv", content).reason()).startsWith("list.csv is larger than 5 MB");
    }

    @Test
    void refusesCsvThatIsNotUtf8() {
        String text = HEADER + "\n1,Rice,,1,t,1006.30,,\n2,쌀,,1,t,1006.30,,\n";
        byte[] content = text.getBytes(Charset.forName("EUC-KR"));

        assertThat(refusal("list.csv", content).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.reason()).startsWith("is not UTF-8 text; save list.csv as \"CSV UTF-8\"");
        });
    }

    @Test
    void refusesBinaryFilesThatLookLikeText() {
        byte[] content = (HEADER + "\n1,Rice\0\0,,1,t,1006.30,,\n").getBytes(StandardCharsets.UTF_8);

        assertThat(refusal("list.csv", content).reason()).startsWith("list.csv is not a text file");
    }

    @Test
    void refusesMalformedCsv() {
        assertThat(csvRefusal(HEADER, "1,Camera,\"1080p\" PoE,10,pcs,8525.89,,").problems()).singleElement()
                .hasToString("row 2: is not well-formed CSV: a quoted value is not closed, or has text after its"
                        + " closing quote");
    }

    // --- helpers

    private List<ItemRow> readCsv(String... lines) {
        return reader.read("items.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private ItemListException csvRefusal(String... lines) {
        return refusal("items.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private ItemListException refusal(String name, byte[] content) {
        ItemListException refusal = catchThrowableOfType(ItemListException.class, () -> reader.read(name, content));
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ItemListReaderTests.class.getResourceAsStream("/itemlists/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A cell formula. */
    private record Formula(String text) {
    }

    private static byte[] xlsx(Object[]... rows) {
        return xlsx(sheet -> fill(sheet, rows), true);
    }

    /** A workbook with one sheet; with {@code evaluate}, formulas carry their results as Excel saves them. */
    private static byte[] xlsx(Consumer<XSSFSheet> filler, boolean evaluate) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            filler.accept(workbook.createSheet("Annex II"));
            if (evaluate) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XSSFSheet sheet, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length > 0) {
                fill(sheet.createRow(r), rows[r]);
            }
        }
    }

    private static void fill(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Formula formula) {
                cell.setCellFormula(formula.text());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    private static byte[] rewrite(byte[] zip, String entry, UnaryOperator<String> change) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var bytes = new ByteArrayOutputStream();
             var out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] unzip(byte[] zip, String entry) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException(entry);
    }
}
