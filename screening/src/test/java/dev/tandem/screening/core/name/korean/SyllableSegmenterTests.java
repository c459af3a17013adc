package dev.tandem.screening.core.name.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyllableSegmenterTests {

    private final SyllableSegmenter segmenter = new SyllableSegmenter(SyllableInventory.standard());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"yongho, yong ho", "cheolsu, cheol su", "myongchin, myong chin", "sunghee, sung hee",
            "eunsong, eun song", "hojin, ho jin"})
    void splitsJoinedGivenNamesFewestSyllablesFirst(String word, String expected) {
        assertThat(segmenter.segment(word, 3, 4).get(0)).containsExactly(expected.split(" "));
    }

    @Test
    void returnsEveryPlausibleSplit() {
        assertThat(segmenter.segment("chunil", 3, 4)).contains(List.of("chun", "il"), List.of("chu", "nil"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"smith", "yomg", "", "kim1", "Yongho"})
    void findsNoSplitForNonKoreanWords(String word) {
        assertThat(segmenter.segment(word, 3, 4)).isEmpty();
    }

    @Test
    void respectsTheSyllableLimit() {
        assertThat(segmenter.segment("yonghochol", 2, 4)).isEmpty();
        assertThat(segmenter.segment("yonghochol", 3, 4)).isNotEmpty();
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThatIllegalArgumentException().isThrownBy(() -> segmenter.segment("ho", 0, 1));
    }
}
