package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LookAlikeFoldingTests {

    private final LookAlikeFolding step = new LookAlikeFolding();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Ri Y\u043Eng Mu          | Ri Yong Mu",      // Cyrillic о
            "\u0420ak Yong Chol       | Pak Yong Chol",   // Cyrillic Р: a look-alike of P, not the sound r
            "K\u0456m J\u043Eng Un    | Kim Jong Un",     // Cyrillic і, о
            "\u041A\u041E\u041CID     | KOMID",           // Cyrillic К, О, М in a Latin acronym
            "Ri \u0423\u041ENG        | Ri YONG",         // Cyrillic У, О
            "Ri \u0423\u041E Mu       | Ri YO Mu"})       // a whole word of look-alikes in a Latin name
    void foldsCyrillicLookAlikesInLatinNames(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "\u039Aim Jong Un     | Kim Jong Un",   // Greek Κ
            "Ri Yo\u03BDg Mu      | Ri Yovg Mu",    // Greek ν looks like v, and is folded as it looks
            "\u0391\u039C\u039FK  | AMOK",          // Greek Α Μ Ο in a word with a Latin K
            "Ch\u03BFe Ryong Hae  | Choe Ryong Hae",
            // no Latin letter at all, but words that mix Greek and Cyrillic look-alikes, which no genuine word does
            "\u039A\u0399\u03FA \u0405\u0395 \u050C\u039F\u039D | KIM SE GON"})
    void foldsGreekLookAlikesInLatinNames(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Владимир Путин", "Сергей Иванов", "ООО Ромашка", "Σοφία Παπαδοπούλου", "Αλέξης Τσίπρας",
            "Сергей Ivanov", "Вера", "리용무", "金正恩", "Ri Yong Mu"})
    void leavesGenuineCyrillicNamesUnchanged(String input) {
        List<String> remarks = new ArrayList<>();
        assertThat(step.apply(input, remarks::add)).isEqualTo(input);
        assertThat(remarks).isEmpty();
    }

    @Test
    void leavesHangulIntact() {
        assertThat(step.apply("리용무 Ri Y\u043Eng")).isEqualTo("리용무 Ri Yong");
    }

    @Test
    void saysWhatItFoldedByScript() {
        List<String> remarks = new ArrayList<>();
        step.apply("\u039Aim J\u043Eng Un", remarks::add);
        assertThat(remarks).containsExactly("folded Greek Κ→K; Cyrillic о→o");
    }

    @Test
    void keepsEmptyTokenEmpty() {
        assertThat(step.apply("")).isEmpty();
        assertThat(step.apply(" ")).isEqualTo(" ");
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
