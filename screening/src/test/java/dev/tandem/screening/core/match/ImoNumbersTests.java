package dev.tandem.screening.core.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImoNumbersTests {

    @ParameterizedTest
    @ValueSource(strings = {"IMO 8712362", "imo8712362", "IMO: 8712362", "IMO No. 8712362", "Sam Ma 2 (IMO 8712362)"})
    void findsLabelledNumbers(String text) {
        assertThat(ImoNumbers.find(text, false).numbers()).containsExactly("8712362");
    }

    @Test
    void findsBareNumbersOnlyForVessels() {
        assertThat(ImoNumbers.find("8712362", true).numbers()).containsExactly("8712362");
        assertThat(ImoNumbers.find("8712362", false).numbers()).isEmpty();
        assertThat(ImoNumbers.find("87123620", true).numbers()).isEmpty();
    }

    @Test
    void leavesTheNameWithoutTheNumber() {
        assertThat(ImoNumbers.find("SAM MA 2 IMO 8712362", false).rest().strip()).isEqualTo("SAM MA 2");
    }

    @Test
    void readsListedNumbers() {
        assertThat(ImoNumbers.normalise(List.of("IMO 7937317", "5342883", "none"))).containsExactly("7937317", "5342883");
    }
}
