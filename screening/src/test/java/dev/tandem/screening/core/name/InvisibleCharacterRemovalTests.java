package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InvisibleCharacterRemovalTests {

    private final InvisibleCharacterRemoval step = new InvisibleCharacterRemoval();

    @Test
    void removesZeroWidthCharacters() {
        assertThat(step.apply("R\u200Bi Y\u200Bo\u200Bng M\u200Bu")).isEqualTo("Ri Yong Mu");
        assertThat(step.apply("Kim\u200CJong\u200DUn\u2060")).isEqualTo("KimJongUn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "soft hyphen                | Ri Yong\u00ADmu                        | Ri Yongmu",
            "byte-order mark            | \uFEFFRi Yong Mu                       | Ri Yong Mu",
            "left-to-right mark         | Ri\u200E Yong Mu                       | Ri Yong Mu",
            "right-to-left embedding    | \u202BRi Yong Mu\u202C                 | Ri Yong Mu",
            "isolates                   | \u2066Ri Yong Mu\u2069                 | Ri Yong Mu",
            "variation selector         | Ri Yong\uFE0F Mu                       | Ri Yong Mu",
            "combining grapheme joiner  | Ri Yo\u034Fng Mu                       | Ri Yong Mu",
            "Hangul filler              | Ri\u3164Yong Mu                        | RiYong Mu",
            "tag characters             | Ri Yong Mu\uDB40\uDC41\uDB40\uDC7F     | Ri Yong Mu"})
    void removesFormatAndDefaultIgnorableCharacters(String kind, String input, String expected) {
        assertThat(step.apply(input)).as(kind).isEqualTo(expected);
    }

    @Test
    void saysWhatItRemoved() {
        List<String> remarks = new ArrayList<>();
        step.apply("R\u200Bi Y\u200Bo\u200Bng M\u200Bu", remarks::add);
        assertThat(remarks).containsExactly("removed 4 invisible characters: zero width space");
    }

    @ParameterizedTest
    @ValueSource(strings = {"리용무", "Ri Yong-Mu", "KIM\u00A0Yong Chol", "Владимир", "金正恩", "\u0600\u0661"})
    void leavesVisibleTextUnchanged(String input) {
        List<String> remarks = new ArrayList<>();
        assertThat(step.apply(input, remarks::add)).isSameAs(input);
        assertThat(remarks).isEmpty();
    }

    @Test
    void keepsEmptyTokenEmpty() {
        assertThat(step.apply("")).isEmpty();
        assertThat(step.apply("\u200B\u200D")).isEmpty();
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
