package dev.tandem.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleFileReaderTests {

    private static final String UNITS = """
            "units": { "l": { "litres": "1" }, "bbl": { "litres": "158.987294928" }, "t": { "tonnes": "1" } }""";

    private static final String CHARTS = """
            "products": { "diesel": { "en": "diesel", "ko": "경유", "barrelsPerTonne": "7.46", "source": "s" },
                          "basket": { "en": "other", "ko": "기타", "barrelsPerTonne": "8.33", "source": "s", "fallback": true } },
            "purposes": { "spare": { "en": "spare part", "ko": "예비 부품" } },
            "declarations": { "jv": { "en": "joint venture", "ko": "합작" } }""";

    private static String rule(String fields) {
        return "{ \"id\": \"r1\", \"resolution\": \"2397\", \"paragraph\": \"7\","
                + " \"citation\": \"S/RES/2397 (2017), para 7\", \"reasonEn\": \"en\", \"reasonKo\": \"ko\", "
                + fields + " }";
    }

    private static String file(String... rules) {
        StringBuilder json = new StringBuilder("{ \"version\": \"v\", \"effectiveFrom\": \"2020-01-01\", ")
                .append("\"hsEdition\": \"HS2017\", \"title\": \"t\", ").append(UNITS).append(", ").append(CHARTS)
                .append(", \"rules\": [ ");
        for (int i = 0; i < rules.length; i++) {
            json.append(i == 0 ? "" : ", ").append(rule(rules[i]));
        }
        return json.append(" ] }").toString();
    }

    private static ItemRules read(String json) {
        return ItemRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @org.junit.jupiter.api.Test
    void readsAMinimalRuleFile() {
        ItemRules rules = read(file("\"kind\": \"BAN\", \"direction\": \"TO_SANCTIONED\", \"hs\": [\"84-85\"]"));

        assertThat(rules.version()).isEqualTo("v");
        assertThat(rules.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.hs()).containsExactly("84-85");
            assertThat(rule.notes()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "kind": "BANN", "direction": "TO_SANCTIONED", "hs": ["84"]                              | kind 'BANN' is not one of
            "kind": "BAN", "direction": "TO_SANCTIONED", "hs": ["84"], "hS": ["85"]                 | unknown field 'hS'
            "kind": "BAN", "direction": "TO_SANCTIONED", "hs": ["8"]                                | '8' is not an HS entry
            "kind": "BAN", "direction": "TO_SANCTIONED", "hs": ["85-84"]                            | low first
            "kind": "BAN", "direction": "TO_SANCTIONED", "hs": ["84-8501"]                          | two ends of one length
            "kind": "BAN", "direction": "TO_SANCTIONED", "hs": []                                   | needs hs
            "kind": "BAN", "hs": ["84"]                                                             | needs a direction
            "kind": "CASE", "direction": "TO_SANCTIONED", "whenCase": "jv", "outcome": "PROHIBITED"  | takes no direction
            "kind": "CASE", "whenCase": "jv"                                                        | whenCase and outcome are required
            "kind": "CASE", "whenCase": "workers", "outcome": "PROHIBITED"                          | whenCase must be a declaration
            "kind": "CASE", "whenCase": "jv", "outcome": "NOTED"                                    | outcome must be one of
            "kind": "BAN", "direction": "TO_SANCTIONED", "hs": ["2710"], "products": ["petrol"]     | product 'petrol' is not in the chart
            "kind": "BAN", "direction": "TO_SANCTIONED", "hs": ["2710"], "conditionsEn": "x"        | come together
            "kind": "CATCH_ALL", "direction": "TO_SANCTIONED", "hs": ["01-97"]                      | when is required
            "kind": "CATCH_ALL", "direction": "TO_SANCTIONED", "hs": ["01-97"], "when": "isArmed"   | when must be possibleMilitaryUse or a declared purpose
            "kind": "EXCEPTION", "direction": "TO_SANCTIONED", "hs": ["8803"], "when": "spare", "excepts": ["r9"] | excepts 'r9', which is not a rule
            "kind": "CAP", "direction": "TO_SANCTIONED", "hs": ["2710"]                             | cap is required for CAP
            "kind": "CAP", "direction": "TO_SANCTIONED", "hs": ["2710"], "cap": {"id": "c", "limitBarrels": "-5", "periodStart": "2018-01-01"} | limitBarrels must be a positive number
            "kind": "CAP", "direction": "TO_SANCTIONED", "hs": ["2710"], "cap": {"id": "c", "limitBarrels": "5", "periodStart": "2018"} | periodStart must be a date
            "kind": "BAN", "direction": "TO_SANCTIONED", "hs": ["84"], "aboveUsd": "500"            | aboveUsd is only for LUXURY
            """)
    void refusesAMalformedRuleNamingTheFileAndTheRule(String rule, String message) {
        assertThatThrownBy(() -> read(file(rule)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.json: ")
                .hasMessageContaining(message.strip());
    }

    @org.junit.jupiter.api.Test
    void refusesTwoRulesWithOneId() {
        String ban = "\"kind\": \"BAN\", \"direction\": \"TO_SANCTIONED\", \"hs\": [\"84\"]";

        assertThatThrownBy(() -> read(file(ban, ban))).hasMessage("test.json: rule r1: the id is used twice");
    }

    @org.junit.jupiter.api.Test
    void refusesAFactorWithoutItsSource() {
        String json = file("\"kind\": \"BAN\", \"direction\": \"TO_SANCTIONED\", \"hs\": [\"84\"]")
                .replace("\"barrelsPerTonne\": \"7.46\", \"source\": \"s\"", "\"barrelsPerTonne\": \"7.46\"");

        assertThatThrownBy(() -> read(json)).hasMessage("test.json: product diesel: a factor needs its source");
    }

    @org.junit.jupiter.api.Test
    void refusesAnHsEditionThatIsNotKnown() {
        String json = file("\"kind\": \"BAN\", \"direction\": \"TO_SANCTIONED\", \"hs\": [\"84\"]")
                .replace("HS2017", "HS1996");

        assertThatThrownBy(() -> read(json)).hasMessageContaining("hsEdition 'HS1996' is not an edition");
    }

    @org.junit.jupiter.api.Test
    void refusesAFileThatIsNotJson() {
        assertThatThrownBy(() -> read("{ \"version\": ")).hasMessageStartingWith("test.json: not valid JSON");
    }

    @org.junit.jupiter.api.Test
    void refusesUnitsWithoutABarrel() {
        String json = file("\"kind\": \"BAN\", \"direction\": \"TO_SANCTIONED\", \"hs\": [\"84\"]")
                .replace(", \"bbl\": { \"litres\": \"158.987294928\" }", "");

        assertThatThrownBy(() -> read(json)).hasMessageContaining("units must define bbl");
    }
}
