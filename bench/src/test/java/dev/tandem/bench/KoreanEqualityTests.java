package dev.tandem.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanEqualityTests {

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "Ri Yong Ho | 이용호 | true", "Kim Chol Nam | Kim Cheol-nam | true", "Kim Chol Nam | Kim Nam Chol | false",
            "Kim Chol Nam | Pak Chol Nam | false", "Lee Do-hoon | RI TO HUN | true", "Moon Jae-in | MUN CHAE IN | true",
            "Moon Jae-in | MUN CHAE IL | false"})
    void tellsWhetherTwoNamesAreTheSameKoreanName(String a, String b, boolean same) {
        assertThat(KoreanEquality.same(a, b)).isEqualTo(same);
    }
}
