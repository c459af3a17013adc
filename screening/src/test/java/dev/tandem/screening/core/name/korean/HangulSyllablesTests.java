package dev.tandem.screening.core.name.korean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HangulSyllablesTests {

    @Test
    void decomposesAndRecomposesEverySyllable() {
        for (char c = HangulSyllables.FIRST; c <= HangulSyllables.LAST; c++) {
            assertThat(HangulSyllables.compose(HangulSyllables.initial(c), HangulSyllables.vowel(c), HangulSyllables.coda(c)))
                    .isEqualTo(c);
        }
    }

    @Test
    void knowsTheJamoOfKnownSyllables() {
        assertThat(HangulSyllables.initial('리')).isEqualTo(HangulSyllables.RIEUL);
        assertThat(HangulSyllables.coda('김')).isEqualTo(16);
        assertThat(HangulSyllables.coda('이')).isZero();
    }

    @Test
    void recognisesHangulWords() {
        assertThat(HangulSyllables.isHangulWord("리용호")).isTrue();
        assertThat(HangulSyllables.isHangulWord("리yong")).isFalse();
        assertThat(HangulSyllables.isHangulWord("")).isFalse();
    }

    @Test
    void rejectsJamoOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> HangulSyllables.compose(19, 0, 0));
    }
}
