package dev.tandem.screening.core.name.korean;

import dev.tandem.screening.core.name.NameAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanNameReaderTests {

    private final KoreanNameReader reader = KoreanNameReader.standard();

    private List<KoreanReading> read(String name) {
        return reader.read(NameAnalyzer.standard().analyse(name).tokens());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Ri Yong Ho | ri yong-ho",
            "RI YONG-HO | ri yong-ho",
            "Lee Yongho | lee yong-ho",
            "Yong Ho Ri | yong-ho ri",
            "KIM, Yong Chol | yong-chol kim",
            "리용호 | 리 용-호",
            "이 용호 | 이 용-호",
            "남궁민 | 남궁 민"})
    void readsFamilyNameAndGivenSyllables(String name, String expected) {
        assertThat(read(name)).extracting(KoreanReading::toString).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mohammed Ali", "John Smith", "Kim", "Mr Smith Jones", "Kim Yong Chol Nam Il", "Kimyongchol"})
    void findsNoKoreanReadingInOtherNames(String name) {
        assertThat(read(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ri Yong Ho", "Kim Jong Un", "Choe Chun Sik"})
    void keepsTheGivenSyllablesInWrittenOrder(String name) {
        KoreanReading first = read(name).get(0);
        assertThat(first.familyFirst()).isTrue();
        assertThat(first.given()).extracting(KoreanSyllable::surface)
                .containsExactly(name.toLowerCase().substring(name.indexOf(' ') + 1).split(" "));
    }
}
