package dev.tandem.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HangulGuessTests {

    private final HangulGuess guess = new HangulGuess();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "RI WON HO | 리원호", "KIM CHOL NAM | 김철남", "MUN CHO'NG-CH'O'L | 문정철", "YO'N CHO'NG NAM | 연정남",
            "Ch’oe Ch’un Sik | 최춘식", "RI U’N SO’NG | 리은성", "KIM YONG CHOL | 김영철", "JANG BOM SU | 장범수",
            "RYU JIN | 류진", "KIM JUNG JONG | 김중정"})
    void writesUnListNamesInPlausibleHangul(String name, String hangul) {
        String[] parts = name.split(" ");
        boolean strict = name.matches(".*['’].*");
        String written = guess.family(parts[0], strict) + guess.given(List.of(parts).subList(1, parts.length), strict);
        assertThat(written).isEqualTo(hangul);
    }
}
