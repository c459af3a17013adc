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
            "1st International Bank | first international bank"})
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
    void listsItsStepsInOrder() {
        List<Class<?>> classes = analyzer.steps().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(classes).startsWith(UnicodeCompatibilityFolding.class, FamilyNameCommaReordering.class)
                .endsWith(WhitespaceCollapsing.class, NumberWordFolding.class);
    }
}
