package dev.tandem.bench;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TyposTests {

    @Test
    void makesExactlyOneLetterErrorAndNeverTheSameWord() {
        Random random = new Random(1);
        for (String word : new String[]{"Yongho", "CORPORATION", "Kim", "Chol"}) {
            for (int i = 0; i < 200; i++) {
                String typo = Typos.apply(word, random);
                assertThat(typo).isNotEqualToIgnoringCase(word);
                assertThat(KoreanVariantGenerator.levenshtein(typo.toLowerCase(), word.toLowerCase())).isBetween(1, 2);
                assertThat(typo.charAt(0)).isEqualTo(word.charAt(0));
            }
        }
    }
}
