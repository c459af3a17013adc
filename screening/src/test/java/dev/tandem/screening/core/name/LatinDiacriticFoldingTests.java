package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LatinDiacriticFoldingTests {

    private final LatinDiacriticFolding step = new LatinDiacriticFolding();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Chŏl, Chol", "Ŭn, Un", "Kŭm, Kum",          // McCune–Reischauer breves
            "Erdoğan, Erdogan", "Vučić, Vucic", "Simonyán, Simonyan",
            "Straße, Strasse", "Ærø, AEro", "Łukasz, Lukasz", "Đoàn, Doan", "Þór, THor", "Kırşehir, Kirsehir",
            "Marie-Thérèse, Marie-Therese"})
    void foldsLatinDiacritics(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"리용호", "Владимир", "محمد", "金正恩", "KIM Yong-Chol"})
    void leavesOtherScriptsAndPlainAsciiUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
