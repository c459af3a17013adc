package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnicodeCompatibilityFoldingTests {

    private final UnicodeCompatibilityFolding step = new UnicodeCompatibilityFolding();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ＫＩＭ, KIM", "ﬁne, fine", "\u1100\u1175\u11B7, 김", "Cafe\u0301, Café"})
    void foldsCompatibilityForms(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"리용호", "KIM Yong-Chol", "Ch’ŏl", "Владимир"})
    void leavesComposedTextUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
