package dev.tandem.rules;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleTextsTests {

    @Test
    void hasEverySentenceInEnglishAndKorean() {
        Properties all = RuleTexts.all();
        Set<String> en = new TreeSet<>();
        Set<String> ko = new TreeSet<>();
        for (String key : all.stringPropertyNames()) {
            assertThat(key).matches(".*\\.(en|ko)");
            (key.endsWith(".en") ? en : ko).add(key.substring(0, key.length() - 3));
        }
        assertThat(ko).isEqualTo(en);
    }

    @Test
    void formatsNumbersWithGroupedThousands() {
        assertThat(RuleTexts.amount(new java.math.BigDecimal("499654.06"))).isEqualTo("499,654.1");
        assertThat(RuleTexts.quantity(new java.math.BigDecimal("55000"))).isEqualTo("55,000");
        assertThat(RuleTexts.usd(new java.math.BigDecimal("500.01"))).isEqualTo("500.01");
    }
}
