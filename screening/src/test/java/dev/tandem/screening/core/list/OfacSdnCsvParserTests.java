package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.screening.core.list.Alias.Quality;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfacSdnCsvParserTests {

    private static final String ROW_17069 = "17069,\"CHONG CHON GANG\",\"vessel\",\"DPRK\",-0- ,-0- ,\"General Cargo\",-0- ,-0- ,"
            + "\"Democratic People's Republic of Korea\",-0- ,\"Vessel Registration Identification IMO 7937317.\"\r\n";

    private static ListVersion sdn2021;
    private static Map<String, ListEntry> byReference;

    private final OfacSdnCsvParser parser = new OfacSdnCsvParser();

    @TempDir
    Path dir;

    @BeforeAll
    static void parseRealSet() throws ListFormatException {
        sdn2021 = new OfacSdnCsvParser().parse(SharedSanctionsData.file(SharedSanctionsData.OFAC_SDN_2021));
        byReference = sdn2021.entries().stream().collect(Collectors.toMap(ListEntry::reference, Function.identity()));
    }

    @Test
    void readsEveryRowOfTheSdnFileByType() {
        assertThat(sdn2021.source()).isEqualTo(ListSource.OFAC);
        assertThat(sdn2021.generatedAt()).isNull();
        assertThat(sdn2021.entries()).hasSize(8976);
        assertThat(sdn2021.count(EntryType.PERSON)).isEqualTo(4620);
        assertThat(sdn2021.count(EntryType.ORGANISATION)).isEqualTo(3673);
        assertThat(sdn2021.count(EntryType.VESSEL)).isEqualTo(406);
        assertThat(sdn2021.count(EntryType.AIRCRAFT)).isEqualTo(277);
    }

    @Test
    void countsDprkEntriesByType() {
        Map<EntryType, Long> dprk = dprk().stream().collect(Collectors.groupingBy(ListEntry::type, Collectors.counting()));
        assertThat(dprk).containsExactlyInAnyOrderEntriesOf(Map.of(
                EntryType.PERSON, 130L, EntryType.ORGANISATION, 162L, EntryType.VESSEL, 106L, EntryType.AIRCRAFT, 16L));
        assertThat(dprk().stream().mapToInt(e -> e.aliases().size()).sum()).isEqualTo(322);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"DPRK4, 160", "DPRK3, 122", "DPRK2, 87", "DPRK, 50", "DPRK-NKSPEA, 2", "NPWMD, 4", "CYBER2, 2"})
    void splitsProgrammeTagsOfDprkEntries(String program, long count) {
        assertThat(dprk().stream().filter(e -> e.programs().contains(program)).count()).isEqualTo(count);
    }

    @Test
    void readsVesselImoNumberAndFlag() {
        ListEntry vessel = byReference.get("17069");
        assertThat(vessel.name()).isEqualTo("CHONG CHON GANG");
        assertThat(vessel.type()).isEqualTo(EntryType.VESSEL);
        assertThat(vessel.imoNumbers()).containsExactly("7937317");
        assertThat(vessel.nationalities()).containsExactly("Democratic People's Republic of Korea");
        assertThat(byReference.get("17104").imoNumbers()).as("written without the IMO prefix").containsExactly("8606173");
        assertThat(dprk()).filteredOn(e -> e.type() == EntryType.VESSEL).allSatisfy(e -> assertThat(e.imoNumbers()).hasSize(1));
    }

    @Test
    void keepsCompanyImoNumbersOnShippingCompanies() {
        ListEntry company = byReference.get("17067");
        assertThat(company.type()).isEqualTo(EntryType.ORGANISATION);
        assertThat(company.imoNumbers()).containsExactly("5342883");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "17614 | KIM, Yong Chol | 1962-02-18              | Korea, North | DPRK2",
            "22992 | KIM, Jong Man  | 1956-07-16              | Korea, North | DPRK4",
            "23214 | KIM, Jong Sik  | 1967-01-01 to 1969-12-31 |              | DPRK2",
            "28263 | TIAN, Yinyin   | 1986-07-12              | China        | DPRK3 CYBER2"})
    void readsNameAsWrittenAndDateOfBirthAndNationalityFromRemarks(String reference, String name, String dob,
            String nationality, String programs) {
        ListEntry entry = byReference.get(reference);
        assertThat(entry.name()).isEqualTo(name);
        assertThat(entry.type()).isEqualTo(EntryType.PERSON);
        assertThat(entry.birthDates()).containsExactly(dob);
        assertThat(entry.nationalities()).isEqualTo(nationality == null ? List.of() : List.of(nationality));
        assertThat(entry.programs()).containsExactly(programs.split(" "));
    }

    @Test
    void readsAliasesFromAltCsv() {
        assertThat(byReference.get("22992").aliases()).containsExactly(new Alias("KIM, Cho'ng-man", Quality.STRONG));
        assertThat(byReference.get("17067").aliases()).containsExactly(
                new Alias("CHONGCHONGANG SHIPPING CO LTD", Quality.STRONG), new Alias("CHONG CHON GANG SHIPPING CO. LTD", Quality.STRONG));
    }

    @Test
    void continuesRemarksWithTheCommentsFile() {
        assertThat(byReference.get("28263").remarks())
                .contains("a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.");
    }

    @Test
    void hashesTheFourFilesInFixedOrderAndGivesEqualVersionsWhenParsedTwice() throws Exception {
        Path sdn = SharedSanctionsData.file(SharedSanctionsData.OFAC_SDN_2021);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String name : List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")) {
            all.write(Files.readAllBytes(sdn.resolveSibling(name)));
        }

        ListVersion again = parser.parse(sdn);

        assertThat(again).isEqualTo(sdn2021);
        assertThat(again.sha256()).isEqualTo(Sha256.of(all.toByteArray()));
    }

    @Test
    void readsTheConsolidatedNonSdnSetByItsOwnFileNames() throws ListFormatException {
        ListVersion consolidated = parser.parse(SharedSanctionsData.file(SharedSanctionsData.OFAC_CONS_2025));

        assertThat(consolidated.entries()).hasSize(442);
        assertThat(consolidated.entries().stream().filter(e -> e.programs().stream().anyMatch(p -> p.contains("DPRK")))).isEmpty();
        assertThat(consolidated.entries().stream().mapToInt(e -> e.aliases().size()).sum()).isPositive();
    }


    @Test
    void decodesLatin1Names() throws Exception {
        Path sdn = latin1(dir.resolve("sdn.csv"),
                "9001,\"NÚÑEZ MÜLLER, José Ángel\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 05 Mar 1962; nationality Perú.\"\r\n\u001a");
        latin1(dir.resolve("alt.csv"), "9001,1,\"aka\",\"NUNEZ, Jose\",-0- \r\n9001,2,\"weak aka\",\"PEPE\",-0- \r\n");

        ListEntry entry = parser.parse(sdn).entries().get(0);

        assertThat(entry.name()).isEqualTo("NÚÑEZ MÜLLER, José Ángel");
        assertThat(entry.nationalities()).containsExactly("Perú");
        assertThat(entry.birthDates()).containsExactly("1962-03-05");
        assertThat(entry.aliases()).containsExactly(new Alias("NUNEZ, Jose", Quality.STRONG), new Alias("PEPE", Quality.WEAK));
    }

    @Test
    void readsAnSdnFileWithoutItsCompanionFiles() throws Exception {
        Path sdn = latin1(dir.resolve("sdn.csv"), ROW_17069);

        ListVersion version = parser.parse(sdn);

        assertThat(version.entries()).extracting(ListEntry::reference).containsExactly("17069");
        assertThat(version.sha256()).isEqualTo(Sha256.of(Files.readAllBytes(sdn)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "too few columns  | sdn.csv | 17069,\"CHONG CHON GANG\",\"vessel\"                                 | , line 2: expected 12 columns, found 3",
            "broken quote     | sdn.csv | 17070,\"BAD \"QUOTE\" NAME\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- | , line 2: malformed CSV (bad quoting?)",
            "unknown type     | sdn.csv | 17070,\"SOMETHING\",\"ship\",\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-  | , line 2, field SDN_Type: unknown type 'ship'",
            "no ent_num       | sdn.csv | X1,\"SOMETHING\",-0- ,\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-        | , line 2, field ent_num: not a number: 'X1'",
            "no name          | sdn.csv | 17070,-0- ,-0- ,\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-          | , line 2, field SDN_Name: no name for ent_num 17070",
            "duplicate        | sdn.csv | 17069,\"AGAIN\",-0- ,\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-      | , line 2, field ent_num: duplicate reference '17069' (first seen on line 1)",
            "orphan alias     | alt.csv | 99999,1,\"aka\",\"NOBODY\",-0-                                         | alt.csv, line 1, field ent_num: ent_num 99999 is not in the sdn file",
            "odd alias type   | alt.csv | 17069,1,\"nickname\",\"CCG\",-0-                                       | alt.csv, line 1, field alt_type: unknown alias type 'nickname'",
            "short address    | add.csv | 17069,1,\"Pyongyang\"                                                 | add.csv, line 1: expected 6 columns, found 3"})
    void refusesMalformedRowsNamingFileAndLine(String label, String fileName, String row, String reason) throws Exception {
        Path sdn = dir.resolve("sdn.csv");
        if (fileName.equals("sdn.csv")) latin1(sdn, ROW_17069 + row + "\r\n");
        else {
            latin1(sdn, ROW_17069);
            latin1(dir.resolve(fileName), row + "\r\n");
        }

        assertThatThrownBy(() -> parser.parse(sdn)).isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(dir.toString()).hasMessageContaining(reason);
    }

    @Test
    void refusesXmlGivenAsSdnFile() throws Exception {
        Path sdn = latin1(dir.resolve("sdn.csv"), "<?xml version=\"1.0\"?><sdnList/>");

        assertThatThrownBy(() -> parser.parse(sdn)).isInstanceOf(ListFormatException.class)
                .hasMessage(sdn + ": the file is XML, expected the OFAC sdn.csv (Latin-1 CSV)");
    }

    @Test
    void refusesASetWhoseCompanionFilesPassTheSizeLimitTogether() throws Exception {
        Path sdn = latin1(dir.resolve("sdn.csv"), ROW_17069);
        latin1(dir.resolve("alt.csv"), "17069,1,\"aka\",\"CCG\",-0- \r\n".repeat(10));
        long limit = Files.size(sdn) + 100;

        assertThatThrownBy(() -> new OfacSdnCsvParser(limit).parse(sdn)).isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(dir.resolve("alt.csv") + ": file is larger than the import limit of " + limit + " bytes");
    }

    private static List<ListEntry> dprk() {
        return sdn2021.entries().stream()
                .filter(e -> e.programs().stream().anyMatch(p -> p.contains("DPRK") || p.contains("NKSPEA"))).toList();
    }

    private static Path latin1(Path file, String content) throws IOException {
        return Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
    }
}
