package dev.tandem.screening.core.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSimilarityTests {

    private static TokenMatch compare(String a, String b) {
        NamePreparer preparer = new NamePreparer(TokenWeights.priorOnly());
        PreparedName pa = preparer.prepare(a, true), pb = preparer.prepare(b, true);
        return TokenSimilarity.compare(a, b, pa.syllables[0], pb.syllables[0]);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "kim, kim, EXACT", "ryonbong, yonbong, INITIAL_SOUND_RULE", "ryonbong, ryeonbong, SYLLABLE_EQUIVALENCE",
            "chongchongang, chongcheongang, SYLLABLE_EQUIVALENCE", "scholze, scholz, TYPO", "basharr, bashar, TYPO",
            "lukashnko, lukashenko, TYPO", "selenskyj, zelenskyy, TYPO", "j, joachim, INITIAL"})
    void namesTheRuleThatMadeTokensEqual(String a, String b, Rule rule) {
        assertThat(compare(a, b)).extracting(TokenMatch::rule).isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({"kim, kin", "ali, aly", "ali, wali", "pyongsong, ryungsong", "hengjin, ongjin", "olga, oleg", "lindenberg, lindemann", "44, 45", "o, joachim", "octavian, olaf"})
    void keepsDifferentTokensApart(String a, String b) {
        assertThat(compare(a, b)).isNull();
    }

    @Test
    void boundsTyposByLength() {
        assertThat(TokenSimilarity.allowedEdits(3)).isZero();
        assertThat(TokenSimilarity.allowedEdits(5)).isEqualTo(1);
        assertThat(TokenSimilarity.allowedEdits(6)).isEqualTo(2);
        assertThat(TokenSimilarity.allowedEdits(11)).isEqualTo(3);
        assertThat(TokenSimilarity.typo("lukashnko", "lukashenko").similarity()).isEqualTo(1.0 - 0.5 * 1 / 10);
        assertThat(TokenSimilarity.typo("merkur", "merkel").similarity()).isEqualTo(1.0 - 0.5 * 2 / 6);
    }
}
