package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WhitespaceCollapsingTests {

    private final WhitespaceCollapsing step = new WhitespaceCollapsing();

    @ParameterizedTest
    @ValueSource(strings = {"  KIM \u00A0 Yong   Chol ", "KIM\tYong\nChol", "KIM\u3000Yong Chol"})
    void collapsesRunsOfWhitespace(String input) {
        assertThat(step.apply(input)).isEqualTo(input.contains("\u3000") ? "KIM Yong Chol" : "KIM Yong Chol");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ri Yong Ho", "리용호", "x"})
    void leavesSingleSpacedTextUnchanged(String input) {
        assertThat(step.apply(input)).isSameAs(input);
    }

    @Test
    void keepsTheStepContract() {
        StepContract.check(step);
    }
}
