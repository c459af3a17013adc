package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptTransliterationTests {

    private final ScriptTransliteration step = new ScriptTransliteration();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Владимир Путин, Vladimir Putin", "Иван, Ivan"})
    void transliteratesOtherScriptsToLatin(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"리용호", "Ri Yong-Ho", "Chŏl", "1234567", "김 Kim"})
    void leavesLatinAndHangulUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void writesArabicInLatinLetters() {
        assertThat(step.apply("محمد")).matches("\\p{IsLatin}+");
    }

    @Test
    void keepsEmptyNameEmpty() {
        assertThat(step.apply("")).isEmpty();
    }
}
