package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.screening.core.list.Alias.Quality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnConsolidatedListParserTests {

    private static ListVersion february2026;
    private static Map<String, ListEntry> byReference;

    private final UnConsolidatedListParser parser = new UnConsolidatedListParser();

    @TempDir
    Path dir;

    @BeforeAll
    static void parseRealFile() throws ListFormatException {
        february2026 = new UnConsolidatedListParser().parse(SharedSanctionsData.file(SharedSanctionsData.UN_2026_02_27));
        byReference = february2026.entries().stream().collect(Collectors.toMap(ListEntry::reference, Function.identity()));
    }

    @Test
    void readsAllIndividualsAndEntitiesOfTheFebruary2026List() {
        assertThat(february2026.source()).isEqualTo(ListSource.UN);
        assertThat(february2026.generatedAt()).isEqualTo(Instant.parse("2026-02-27T00:00:09.554Z"));
        assertThat(february2026.entries()).hasSize(1003);
        assertThat(february2026.count(EntryType.PERSON)).isEqualTo(730);
        assertThat(february2026.count(EntryType.ORGANISATION)).isEqualTo(273);
        assertThat(february2026.entries().get(0).reference()).isEqualTo("CDi.001");
    }

    @Test
    void countsDprkIndividualsAndEntities() {
        List<ListEntry> dprk = february2026.entries().stream().filter(e -> e.programs().equals(List.of("DPRK"))).toList();
        assertThat(dprk.stream().filter(e -> e.type() == EntryType.PERSON)).hasSize(80)
                .allSatisfy(e -> assertThat(e.reference()).startsWith("KPi."));
        assertThat(dprk.stream().filter(e -> e.type() == EntryType.ORGANISATION)).hasSize(75)
                .allSatisfy(e -> assertThat(e.reference()).startsWith("KPe."));
        assertThat(dprk.stream().mapToInt(e -> e.aliases().size()).sum()).isEqualTo(83 + 131);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "KPi.001 | YUN HO-JIN",
            "KPi.053 | RI YONG MU",
            "KPi.073 | PAK BONG NAM",
            "KPi.064 | CH'OE SO’K MIN",
            "KPe.023 | DAEDONG CREDIT BANK (DCB)",
            "IQi.001 | SADDAM HUSSEIN AL-TIKRITI"})
    void joinsNamePartsInListOrderWithFamilyNameFirst(String reference, String name) {
        assertThat(byReference.get(reference).name()).isEqualTo(name);
    }

    @Test
    void trimsReferenceNumbersWrittenWithTrailingSpaces() {
        assertThat(byReference).containsKeys("KPe.023", "KPe.033", "KPe.041");
    }

    @Test
    void readsAliasesWithTheirQuality() {
        assertThat(byReference.get("KPi.001").aliases()).containsExactly(new Alias("Yun Ho-chin", Quality.STRONG));
        assertThat(byReference.get("KPi.073").aliases()).containsExactlyInAnyOrder(
                new Alias("Pak Pong Nam", Quality.STRONG), new Alias("Pak Pong-nam", Quality.STRONG),
                new Alias("Lui Wai Ming", Quality.STRONG));
        assertThat(byReference.get("KPi.064").aliases()).containsExactly(new Alias("Choe Sok Min", Quality.WEAK));
    }

    @Test
    void skipsAliasesWithoutAName() {
        assertThat(byReference.get("KPe.014").aliases()).isEmpty();
    }

    @Test
    void addsTheNameInOriginalScriptAsStrongAlias() {
        assertThat(byReference.get("IQi.001").aliases())
                .contains(new Alias("صدام حسين التكريتي", Quality.STRONG), new Alias("Abu Ali", Quality.WEAK));
    }

    @ParameterizedTest(name = "{0} born {1}")
    @CsvSource(delimiter = '|', value = {
            "KPi.001 | 1944-10-13",
            "CDi.001 | 1971",
            "CDi.030 | 1973 to 1974",
            "KPi.066 | 1967 to 1969",
            "KPi.016 | 1957-04-15, 1958-02-22"})
    void readsDatesOfBirthIncludingThoseGivenWithAnAlias(String reference, String dates) {
        assertThat(byReference.get(reference).birthDates()).containsExactly(dates.split(", "));
    }

    @Test
    void marksApproximateDatesOfBirth() {
        assertThat(february2026.entries().stream().flatMap(e -> e.birthDates().stream()))
                .filteredOn(date -> date.startsWith("circa ")).isNotEmpty()
                .allSatisfy(date -> assertThat(date).matches("circa \\d{4}(-\\d{2}-\\d{2})?"));
    }

    @Test
    void readsNationalitiesAndProgramme() {
        ListEntry yun = byReference.get("KPi.001");
        assertThat(yun.nationalities()).containsExactly("Democratic People's Republic of Korea");
        assertThat(yun.programs()).containsExactly("DPRK");
        assertThat(yun.remarks()).startsWith("Director of Namchongang Trading Corporation; oversees the import of items needed");
    }

    @Test
    void keepsImoCompanyNumbersOnShippingCompaniesWithoutCallingThemVessels() {
        ListEntry omm = byReference.get("KPe.020");
        assertThat(omm.type()).isEqualTo(EntryType.ORGANISATION);
        assertThat(omm.imoNumbers()).containsExactly("1790183");
        assertThat(byReference.get("KPe.066").imoNumbers()).containsExactly("5434358");
        assertThat(february2026.entries()).filteredOn(e -> !e.imoNumbers().isEmpty()).hasSize(16)
                .allSatisfy(e -> assertThat(e.reference()).startsWith("KPe."));
        assertThat(february2026.count(EntryType.VESSEL)).isZero();
    }

    @Test
    void classifiesAnEntityThatIsItselfAShipAsVessel() throws ListFormatException {
        Path file = UnXml.write(dir, "vessel.xml", UnXml.document("",
                UnXml.entity("KPe.901", "CHON MA SAN", "DPRK-flagged tanker that conducted ship-to-ship transfers. IMO number: 8660313.")
                        + UnXml.entity("KPe.902", "KOREA SAMMA SHIPPING CO", "Owner of the tanker SAM MA 2. IMO number: 5145892.")));

        List<ListEntry> entries = parser.parse(file).entries();

        assertThat(entries).extracting(ListEntry::type).containsExactly(EntryType.VESSEL, EntryType.ORGANISATION);
        assertThat(entries.get(0).imoNumbers()).containsExactly("8660313");
    }

    @Test
    void givesEqualVersionsWithTheFileDigestWhenParsedTwice() throws Exception {
        Path file = SharedSanctionsData.file(SharedSanctionsData.UN_2026_02_27);

        ListVersion again = parser.parse(file);

        assertThat(again).isEqualTo(february2026);
        assertThat(again.sha256()).isEqualTo(Sha256.of(Files.readAllBytes(file)))
                .isEqualTo("66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf");
    }


    @Test
    void refusesAFileCutOffInTheMiddle() throws Exception {
        byte[] whole = Files.readAllBytes(SharedSanctionsData.file(SharedSanctionsData.UN_2026_02_27));
        Path truncated = Files.write(dir.resolve("truncated.xml"), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> parser.parse(truncated))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(truncated + ", line ")
                .hasMessageContaining("malformed XML")
                .satisfies(e -> assertThat(((ListFormatException) e).line()).isGreaterThan(20_000));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "other root           | <?xml version='1.0'?><sdnList><sdnEntry/></sdnList>                 | root element is <sdnList>, expected <CONSOLIDATED_LIST>",
            "CSV                  | 36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"                          | the file is plain text (starts with \"36,\"AEROCARIBBEAN AI\"), expected the UN consolidated list XML",
            "JSON                 | {\"id\": \"NK-1\", \"schema\": \"Person\"}                             | the file is JSON, expected the UN consolidated list XML",
            "no records           | <CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>   | the file holds no list entries",
            "bad dateGenerated    | <CONSOLIDATED_LIST dateGenerated='yesterday'/>                      | not an ISO instant: 'yesterday'",
            "unclosed element     | <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL></INDIVIDUALS>          | malformed XML"})
    void refusesFilesThatAreNotAUnConsolidatedList(String label, String content, String reason) {
        Path file = UnXml.write(dir, "list.xml", content);

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(reason);
    }

    @Test
    void refusesADuplicateReferenceNamingBothLines() {
        Path file = UnXml.write(dir, "dup.xml", UnXml.document(
                UnXml.individual("KPi.001", "YUN", "HO-JIN") + "\n" + UnXml.individual("KPi.001 ", "RI", "JE-SON"), ""));

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ListFormatException.class)
                .hasMessage(file + ", line 4: duplicate reference 'KPi.001' (first seen on line 3)");
    }

    @Test
    void refusesARecordWithoutReferenceNumber() {
        Path file = UnXml.write(dir, "noref.xml", UnXml.document(
                "<INDIVIDUAL><FIRST_NAME>YUN</FIRST_NAME><REFERENCE_NUMBER> </REFERENCE_NUMBER></INDIVIDUAL>", ""));

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ListFormatException.class)
                .hasMessage(file + ", line 3, field REFERENCE_NUMBER: missing reference number");
    }
}
