package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InitialismJoiningTests {

    private final InitialismJoining step = new InitialismJoining();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"A.B.C. Company | ABC Company", "Goldman Sachs L.L.C. | Goldman Sachs LLC",
            "J.P. Morgan | JP Morgan", "U.S. Department | US Department", "L.X.C Aviation | LXC Aviation"})
    void joinsInitialisms(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A. Khamenei", "Trading Co.", "Office No. 39", "Ri Yong Ho"})
    void leavesSingleInitialsAndAbbreviationsUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
