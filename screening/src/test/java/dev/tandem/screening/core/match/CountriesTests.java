package dev.tandem.screening.core.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"KP | KP", "kp | KP", "Korea, North | KP", "Democratic People's Republic of Korea | KP",
            "DPRK | KP", "North Korea | KP", "Republic of Korea | KR", "South Korea | KR", "Germany | DE", "Russia | RU"})
    void resolvesCountryNamesAndCodes(String text, String code) {
        assertThat(Countries.standard().code(text)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Atlantis", "Pyongyang"})
    void resolvesUnknownTextsToNothing(String text) {
        assertThat(Countries.standard().code(text)).isNull();
    }
}
