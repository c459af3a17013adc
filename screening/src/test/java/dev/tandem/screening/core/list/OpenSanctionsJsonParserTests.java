package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.screening.core.list.Alias.Quality;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenSanctionsJsonParserTests {

    private static final String PERSON = "{\"id\": \"NK-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"RI YONG MU\"]}}";

    private final OpenSanctionsJsonParser parser = new OpenSanctionsJsonParser();

    @TempDir
    Path dir;

    @Test
    void readsSubjectsInFileOrderAndSkipsOtherSchemasAndUnnamedEntities() throws Exception {
        ListVersion version = parser.parse(fixture());

        assertThat(version.source()).isEqualTo(ListSource.OPENSANCTIONS);
        assertThat(version.generatedAt()).isNull();
        assertThat(version.entries()).extracting(ListEntry::reference, ListEntry::type).containsExactly(
                tuple("NK-3ZbQvYkK7hTmWq2dLp9xRa", EntryType.PERSON),
                tuple("NK-8cTfWnPq4JxRvL6yMzH2bD", EntryType.PERSON),
                tuple("ofac-17069", EntryType.VESSEL),
                tuple("NK-5HkRmXyT9aPwQe3sVbN7cL", EntryType.ORGANISATION),
                tuple("NK-9pLcVbXz2KqTyR7wMhF4sE", EntryType.ORGANISATION),
                tuple("NK-2TgYhUjIkOlPzAxScDvFbG", EntryType.ORGANISATION),
                tuple("ofac-20540", EntryType.AIRCRAFT));
    }

    @Test
    void readsAKoreanPersonWithStrongAndWeakAliases() throws Exception {
        ListEntry yun = parser.parse(fixture()).entries().get(0);

        assertThat(yun.name()).isEqualTo("YUN HO-JIN");
        assertThat(yun.aliases()).containsExactly(new Alias("Yun Ho-chin", Quality.STRONG), new Alias("윤호진", Quality.WEAK));
        assertThat(yun.birthDates()).containsExactly("1944-10-13");
        assertThat(yun.nationalities()).containsExactly("kp");
        assertThat(yun.programs()).containsExactly("UN-SC1718");
        assertThat(yun.remarks()).startsWith("Director of Namchongang Trading Corporation");
    }

    @Test
    void turnsFurtherNamesIntoStrongAliases() throws Exception {
        ListEntry pak = parser.parse(fixture()).entries().get(1);

        assertThat(pak.name()).isEqualTo("PAK BONG NAM");
        assertThat(pak.aliases()).extracting(Alias::name).containsExactly("Pak Pong Nam", "Pak Pong-nam", "Lui Wai Ming");
    }

    @Test
    void readsVesselImoNumberFlagAndProgramme() throws Exception {
        ListEntry vessel = parser.parse(fixture()).entries().get(2);

        assertThat(vessel.imoNumbers()).containsExactly("7937317");
        assertThat(vessel.nationalities()).containsExactly("kp");
        assertThat(vessel.programs()).containsExactly("DPRK");
    }

    @Test
    void fallsBackToTopicsWhenNoProgrammeIsGiven() throws Exception {
        ListEntry company = parser.parse(fixture()).entries().get(3);

        assertThat(company.programs()).containsExactly("sanction");
        assertThat(company.aliases()).containsExactly(
                new Alias("Korea Samma SHPG CO", Quality.STRONG), new Alias("Samma Shipping Company", Quality.STRONG));
    }

    @Test
    void findsImoNumbersNamedInTheNotes() throws Exception {
        assertThat(parser.parse(fixture()).entries().get(5).imoNumbers()).containsExactly("1790183");
    }

    @Test
    void givesEqualVersionsWithTheFileDigestWhenParsedTwice() throws Exception {
        Path fixture = fixture();

        assertThat(parser.parse(fixture)).isEqualTo(parser.parse(fixture));
        assertThat(parser.parse(fixture).sha256()).isEqualTo(Sha256.of(Files.readAllBytes(fixture)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cut-off object     | {\"id\": \"NK-2\", \"schema\": \"Person\", \"properties\": {\"name\": [\"KIM\"] | , line 3, column ",
            "trailing garbage   | {\"id\": \"NK-2\", \"schema\": \"Person\"} xyz                              | , line 3, column ",
            "array line         | [1, 2]                                                                       | , line 3: a line must hold one JSON object",
            "no id              | {\"schema\": \"Person\", \"properties\": {\"name\": [\"KIM\"]}}               | , line 3, field id: missing or not a string",
            "no schema          | {\"id\": \"NK-2\", \"properties\": {\"name\": [\"KIM\"]}}                     | , line 3, field schema: missing or not a string",
            "name not an array  | {\"id\": \"NK-2\", \"schema\": \"Person\", \"properties\": {\"name\": \"KIM\"}} | , line 3, field properties.name: not an array",
            "duplicate id       | {\"id\": \"NK-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"KIM\"]}} | , line 3: duplicate reference 'NK-1' (first seen on line 1)",
            "duplicate key      | {\"id\": \"NK-2\", \"id\": \"NK-3\", \"schema\": \"Person\"}                  | , line 3, column "})
    void refusesABadLineNamingItsNumber(String label, String badLine, String reason) throws Exception {
        Path file = Files.writeString(dir.resolve("entities.json"), PERSON + "\n\n" + badLine + "\n");

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(file + reason);
    }

    @Test
    void refusesBrokenUtf8NamingTheLine() throws Exception {
        byte[] bad = (PERSON + "\n{\"id\": \"NK-2\", \"schema\": \"Person\", \"properties\": {\"name\": [\"K\u00ffM\"]}}\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.json"), bad);

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ListFormatException.class)
                .hasMessage(file + ", line 2: not valid UTF-8");
    }

    @Test
    void refusesAFileWithoutAnySubject() throws Exception {
        Path file = Files.writeString(dir.resolve("addresses.json"),
                "{\"id\": \"a1\", \"schema\": \"Address\", \"properties\": {\"full\": [\"Pyongyang\"]}}\n");

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ListFormatException.class)
                .hasMessage(file + ": the file holds no list entries");
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(OpenSanctionsJsonParserTests.class.getResource("/opensanctions/dprk-entities.ftm.json").toURI());
    }
}
