package dev.tandem.screening.core.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JaroWinklerTests {

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"martha, marhta, 0.961", "dwayne, duane, 0.84", "dixon, dicksonx, 0.813", "abc, abc, 1.0", "abc, xyz, 0.0",
            "'', abc, 0.0"})
    void computesTheTextbookValues(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.001));
    }
}
