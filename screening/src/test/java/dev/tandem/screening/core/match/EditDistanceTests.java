package dev.tandem.screening.core.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTests {

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"kim, kim, 0", "kim, kin, 1", "assad, asasd, 1", "scholz, scholze, 1", "'', abc, 3", "merkel, merkur, 2",
            "abcdef, ghijkl, 3"})
    void countsEditsUpToTheBound(String a, String b, int expected) {
        assertThat(EditDistance.bounded(a, b, 2)).isEqualTo(Math.min(expected, 3));
    }
}
