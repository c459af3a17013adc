package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PunctuationSplittingTests {

    private final PunctuationSplitting step = new PunctuationSplitting();

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', value = {"Yong-Ho | Yong Ho", "Co., Ltd | Co   Ltd", "P&G | P and G",
            "\"KOMID\" | ' KOMID '", "Office #39 | 'Office  39'"})
    void turnsPunctuationIntoSpaces(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected.replace("'", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ri Yong Ho", "리용호", "Vladimir", "1234567", "Café"})
    void leavesLettersDigitsAndSpacesUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
