package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApostropheRemovalTests {

    private final ApostropheRemoval step = new ApostropheRemoval();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "CH'O'L-SU | CHOL-SU",              // ASCII apostrophes for aspiration and breve
            "Ch’ŏl | Chŏl",                     // U+2019
            "KY'ONG | KYONG",
            "Cho‘ng | Chong",                   // U+2018
            "Pʼyŏng | Pyŏng",                   // U+02BC
            "O`Brien | OBrien",
            "Yo´n | Yon"})
    void removesApostrophes(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yong-Ho", "\"KOMID\"", "리용호", "A.B.C."})
    void leavesOtherPunctuationUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
