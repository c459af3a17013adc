package dev.tandem.screening.core.name;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LegalFormsTests {

    private final LegalForms forms = LegalForms.standard();

    @ParameterizedTest
    @ValueSource(strings = {"Ltd.", "LTD", "Co., Ltd", "S.A.R.L.", "Inc.", "Joint Stock Company", "GmbH", "Sp. z o.o."})
    void recognisesTextsMadeOfLegalFormsOnly(String text) {
        assertThat(forms.isOnlyLegalForm(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yong Chol", "William W.", "Denmark A/S", ""})
    void rejectsOtherTexts(String text) {
        assertThat(forms.isOnlyLegalForm(text)).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "tactical missiles corporation joint stock company | -,-,corp,jsc,jsc,jsc",
            "korea mining development trading corporation | -,-,-,-,corp",
            "oboronnye initsiativy ooo | -,-,llc"})
    void marksLegalFormPhrasesLongestFirst(String tokens, String expected) {
        String[] marks = forms.mark(List.of(tokens.split(" ")));
        assertThat(Arrays.stream(marks).map(m -> m == null ? "-" : m).toList()).containsExactly(expected.split(","));
    }
}
