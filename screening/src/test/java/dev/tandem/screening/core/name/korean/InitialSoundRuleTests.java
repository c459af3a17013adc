package dev.tandem.screening.core.name.korean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InitialSoundRuleTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"리, 이", "류, 유", "라, 나", "림, 임", "로, 노", "려, 여", "량, 양", "룡, 용", "력, 역", "련, 연",
            "례, 예", "뢰, 뇌", "녀, 여", "뇨, 요", "니, 이"})
    void writesNorthernInitialsTheSouthernWay(char north, char south) {
        assertThat(InitialSoundRule.apply(north)).isEqualTo(south);
    }

    @ParameterizedTest
    @ValueSource(chars = {'김', '이', '박', '나', '용', 'a', '金'})
    void leavesOtherInitialsAndCharactersUnchanged(char c) {
        assertThat(InitialSoundRule.apply(c)).isEqualTo(c);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"리용호, 이용호", "류경, 유경", "김룡, 김룡", "'', ''"})
    void changesOnlyTheFirstSyllableOfAWord(String word, String expected) {
        assertThat(InitialSoundRule.applyToWord(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"리이", "룡용영", "라나"})
    void mapsSetsToSortedDistinctSouthernForms(String syllables) {
        char[] sorted = syllables.toCharArray();
        java.util.Arrays.sort(sorted);
        char[] south = InitialSoundRule.apply(sorted);
        for (int i = 1; i < south.length; i++) assertThat(south[i]).isGreaterThan(south[i - 1]);
    }
}
