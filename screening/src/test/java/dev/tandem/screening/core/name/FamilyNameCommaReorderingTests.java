package dev.tandem.screening.core.name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyNameCommaReorderingTests {

    private final FamilyNameCommaReordering step = new FamilyNameCommaReordering(LegalForms.standard()::isOnlyLegalForm);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "KIM, Yong Chol | Yong Chol KIM",
            "PAEK, Chang-Ho | Chang-Ho PAEK",
            "Putin, Vladimir | Vladimir Putin",
            "AL BEN ALI, Isa Ben Tarif | Isa Ben Tarif AL BEN ALI"})
    void putsTheFamilyNameLast(String input, String expected) {
        assertThat(step.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KINGLY WON INTERNATIONAL CO., LTD", "Apple, Inc.", "Bowne Global Solutions, S.A.R.L.",
            "Ri Yong Ho", "A, B, C", ", Yong", "KIM,"})
    void leavesLegalFormsAndOtherCommasUnchanged(String input) {
        assertThat(step.apply(input)).isEqualTo(input);
    }

    @Test
    void rejectsMissingPredicate() {
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> new FamilyNameCommaReordering(null));
    }

    @Test
    void keepsEmptyNameEmpty() {
        assertThat(step.apply("")).isEmpty();
    }
}
