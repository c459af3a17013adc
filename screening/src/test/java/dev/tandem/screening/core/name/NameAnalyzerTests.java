package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameAnalyzerTests {

    private final NameAnalyzer analyzer = NameAnalyzer.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "KIM, Yong Chol | yong chol kim",
            "CH'O'L-SU | chol su",
            "Ch’ŏl-su | chol su",
            "RI U’N SO’NG | ri un song",
            "Yong-Ho | yong ho",
            "  KIM   Yong\u00A0Chol | kim yong chol",
            "KINGLY WON INTERNATIONAL CO., LTD | kingly won international co ltd",
            "A.B.C. Company | abc company",
            "SiemensAG | siemens ag",
            "Procter & Gamble | procter and gamble",
            "Владимир Путин | vladimir putin",
            "김Kim | 김 kim",
            "리 용호 | 리 용호",
            "Brigade Forty-Four | brigade 44",
            "1st International Bank | first international bank",
            "R\u200Bi Y\u200Bo\u200Bng M\u200Bu | ri yong mu",
            "Ri Y\u043Eng Mu | ri yong mu",
            "ＲＩ ＹＯＮＧ ＭＵ | ri yong mu",
            "\uD835\uDC11\uD835\uDC22 Yong Mu | ri yong mu",
            "R i Y o n g M u | ri yong mu",
            "리\u200B용무 | 리용무"})
    void normalisesAndTokenises(String input, String expected) {
        assertThat(String.join(" ", analyzer.analyse(input).tokens())).isEqualTo(expected);
    }

    @Test
    void keepsTheOriginalText() {
        AnalysedName name = analyzer.analyse("Ch’ŏl-su");
        assertThat(name.original()).isEqualTo("Ch’ŏl-su");
        assertThat(name.normalised()).isEqualTo("chol su");
    }

    @Test
    void givesNoTokensForBlankOrNullNames() {
        assertThat(analyzer.analyse("  - ").tokens()).isEmpty();
        assertThat(analyzer.analyse(null).tokens()).isEmpty();
    }

    @Test
    void isIdempotentOnRandomInput() {
        for (String input : RandomNames.sample(7L, 300)) {
            AnalysedName once = analyzer.analyse(input);
            assertThat(analyzer.analyse(once.normalised()).tokens()).as(input).isEqualTo(once.tokens());
        }
    }

    @Test
    void saysWhatWasRemovedOrFolded() {
        AnalysedName name = analyzer.analyse("R\u200Bi Y\u200Bo\u200Bng M\u200Bu \u041A\u043Em");
        assertThat(name.tokens()).containsExactly("ri", "yong", "mu", "kom");
        assertThat(name.remarks()).containsExactly("removed 4 invisible characters: zero width space",
                "folded Cyrillic К→K о→o");
        assertThat(analyzer.analyse("Ri Yong Mu").remarks()).isEmpty();
    }

    @Test
    void readsHanjaInKorean() {
        List<AnalysedName> readings = analyzer.analyseWithReadings("金正恩");
        assertThat(readings.get(0).tokens()).as("the ICU reading stays first").containsExactly("jin", "zheng", "en");
        assertThat(readings.get(1).tokens()).containsExactly("김정은");
        assertThat(readings.get(1).remarks()).containsExactly("read Hanja 金正恩 as 김정은");
        assertThat(readings).extracting(AnalysedName::normalised).contains("금정은");
        assertThat(readings).hasSizeLessThanOrEqualTo(1 + NameAnalyzer.MAX_HANJA_READINGS);
    }

    @Test
    void readsOnlyTheNameAsWrittenWithoutHanja() {
        assertThat(analyzer.analyseWithReadings("Kim Jong Un")).hasSize(1);
        assertThat(analyzer.analyseWithReadings("习近平")).as("simplified characters have no Korean reading").hasSize(1);
        assertThat(analyzer.analyseWithReadings("柳 秦")).as("written as Chinese names often are, not as Korean").hasSize(1);
        assertThat(analyzer.analyseWithReadings("金")).as("one character is no name").hasSize(1);
        assertThat(analyzer.analyseWithReadings("金\u200B正恩")).as("invisible characters do not split the name").hasSize(3);
    }

    @Test
    void listsItsStepsInOrder() {
        List<Class<?>> classes = analyzer.steps().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(classes).startsWith(InvisibleCharacterRemoval.class, UnicodeCompatibilityFolding.class,
                        LookAlikeFolding.class, FamilyNameCommaReordering.class)
                .endsWith(WhitespaceCollapsing.class, NumberWordFolding.class);
    }
}
