package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LowerCasingTests {

    private final LowerCasing step = new LowerCasing();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"KIM Yong-Chol, kim yong-chol", "리용호, 리용호", "IMO 1234567, imo 1234567"})
    void lowerCasesLettersOnly(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(step.apply("RI")).isEqualTo("ri");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
