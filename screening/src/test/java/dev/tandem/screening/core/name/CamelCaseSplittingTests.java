package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CamelCaseSplittingTests {

    private final CamelCaseSplitting step = new CamelCaseSplitting();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"SiemensAG, Siemens AG", "AlisherUsmanov, Alisher Usmanov", "JPMorgan, JP Morgan",
            "ABCCompany, ABC Company", "RiYongHo, Ri Yong Ho"})
    void splitsRunTogetherWords(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GmbH", "KIM YONG CHOL", "kim yong chol", "Kim Yong-Chol", "리용호", "McD"})
    void leavesOtherCasingUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
