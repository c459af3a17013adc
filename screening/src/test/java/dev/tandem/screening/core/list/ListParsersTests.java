package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListParsersTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"UN, UnConsolidatedListParser", "OFAC, OfacSdnCsvParser", "OPENSANCTIONS, OpenSanctionsJsonParser"})
    void picksTheParserOfEachSource(ListSource source, String parser) {
        assertThat(ListParsers.forSource(source).getClass().getSimpleName()).isEqualTo(parser);
    }

    @Test
    void refusesANullSource() {
        assertThatNullPointerException().isThrownBy(() -> ListParsers.forSource(null));
    }
}
