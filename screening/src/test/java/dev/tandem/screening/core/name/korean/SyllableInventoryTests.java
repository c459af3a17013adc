package dev.tandem.screening.core.name.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SyllableInventoryTests {

    private final SyllableInventory inventory = SyllableInventory.standard();

    @ParameterizedTest(name = "{0} ~ {1} share {2}")
    @CsvSource({
            "chol, cheol, 철", "chol, chul, 철", "song, seong, 성", "song, sung, 성", "kyong, gyeong, 경",
            "kyong, kyung, 경", "pyong, byeong, 병", "byeong, byung, 병", "jong, jeong, 정", "jong, chong, 정",
            "jeong, chung, 정", "ho, hoh, 호", "myong, myeong, 명", "myeong, myung, 명", "hyok, hyeok, 혁",
            "hyeok, hyuk, 혁", "chon, cheon, 천", "cheon, jeon, 전", "sok, seok, 석", "seok, suk, 석",
            "gun, kun, 근", "kun, geun, 근", "il, ill, 일", "un, eun, 은", "yong, young, 영", "gwang, kwang, 광",
            "choe, choi, 최", "choi, chwe, 최", "phyong, pyong, 평", "hui, hee, 희", "ui, eui, 의", "u, woo, 우"})
    void findsMcCuneReischauerAndRevisedSpellingsEquivalent(String a, String b, char shared) {
        assertThat(inventory.hangul(a)).contains(shared);
        assertThat(inventory.hangul(b)).contains(shared);
        assertThat(SyllableInventory.intersects(inventory.hangul(a), inventory.hangul(b))).isTrue();
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource({"chol, nam", "yong, ho", "kim, pak", "il, ul", "su, so", "ho, bo"})
    void keepsDifferentSyllablesApart(String a, String b) {
        assertThat(SyllableInventory.intersects(inventory.hangul(a), inventory.hangul(b))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"smith", "x", "", "chh", "yongho"})
    void knowsNoSyllableForOtherWords(String word) {
        assertThat(inventory.isSyllable(word)).isFalse();
        assertThat(inventory.hangul(word)).isEmpty();
    }

    @Test
    void coversEveryHangulSyllable() {
        for (char c = HangulSyllables.FIRST; c <= HangulSyllables.LAST; c++) {
            String first = inventory.spellings(c).get(0);
            assertThat(inventory.hangul(first)).as("%s", c).contains(c);
        }
    }

    @Test
    void allowsOpenSyllableSpellingsOnlyWithoutAFinal() {
        assertThat(inventory.hangul("hoh")).containsExactly('호');
        assertThat(inventory.hangul("hohng")).isEmpty();
    }
}
