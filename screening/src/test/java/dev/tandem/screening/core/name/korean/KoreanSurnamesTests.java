package dev.tandem.screening.core.name.korean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanSurnamesTests {

    private final KoreanSurnames surnames = KoreanSurnames.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "이, lee yi rhee ri i", "박, park pak bak pag", "최, choi choe chwe", "김, kim gim",
            "정, jung jeong chung chong jong", "강, kang gang", "고, ko go", "조, cho jo", "윤, yoon yun",
            "유, ryu yu yoo", "임, rim lim im", "한, han", "신, shin sin", "오, oh o", "황, hwang",
            "장, jang chang", "전, jeon chon jun", "송, song", "홍, hong", "문, moon mun", "양, ryang yang",
            "노, ro roh no", "남궁, namgung namkoong"})
    void recognisesCustomarySpellingsOfOneSurname(String hangul, String spellings) {
        int[] expected = surnames.ofHangul(hangul);
        assertThat(expected).isNotEmpty();
        for (String spelling : spellings.split(" ")) {
            assertThat(KoreanSurnames.intersects(surnames.ofLatin(spelling), expected)).as(spelling).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"리, 이", "류, 유", "림, 임", "량, 양", "로, 노", "라, 나"})
    void filesNorthAndSouthFormsUnderOneSurname(String north, String south) {
        assertThat(surnames.ofHangul(north)).isEqualTo(surnames.ofHangul(south));
    }

    @ParameterizedTest
    @ValueSource(strings = {"smith", "mohammed", "ali", "john", "yongho"})
    void knowsNoSurnameForOtherWords(String token) {
        assertThat(surnames.ofLatin(token)).isEmpty();
    }
}
