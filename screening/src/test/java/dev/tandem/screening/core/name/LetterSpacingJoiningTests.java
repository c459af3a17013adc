package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LetterSpacingJoiningTests {

    private final LetterSpacingJoining step = new LetterSpacingJoining();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "R i Y o n g M u        | RiYongMu",
            "K I M J O N G U N      | KIMJONGUN",
            "Ri Y o n g Mu          | Ri Yong Mu",
            "Korea K O M I D        | Korea KOMID"})
    void joinsNamesWrittenLetterByLetter(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"J R R Tolkien", "Kim Y S", "리 용 무", "Ri Yong Mu", "A B C", "a  b  c  d"})
    void leavesInitialsSyllablesAndWordsUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void keepsEmptyTokenEmpty() {
        assertThat(step.apply("")).isEmpty();
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
