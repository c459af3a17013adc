package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordFoldingTests {

    private final NumberWordFolding step = NumberWordFolding.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"brigade forty four, brigade 44", "brigade forty, brigade 40", "1st international bank, first international bank",
            "three percenters, 3 percenters", "2nd academy, second academy", "22nd street, 22 street", "twenty, 20"})
    void writesNumbersAsDigits(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ri yong ho", "second economic committee", "first oil", "blackstone partners vii", "office 39", "1a trading", "st petersburg"})
    void leavesOtherWordsUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void keepsEmptyNameEmpty() {
        assertThat(step.apply("")).isEmpty();
    }

    @Test
    void isIdempotent() {
        for (String input : new String[]{"forty four", "first", "1st", "twenty one twenty"}) {
            assertThat(step.apply(step.apply(input))).isEqualTo(step.apply(input));
        }
    }
}
