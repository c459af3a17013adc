package dev.tandem.rules;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HsScopeTests {

    @ParameterizedTest(name = "{0} minus [{1}] covers {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            84            |              | 8471300000 | true
            84            |              | 8413       | true
            72-83         |              | 7606       | true
            72-83         |              | 7108       | false
            72-83         |              | 8401       | false
            5701-5705     |              | 570500     | true
            5701-5705     |              | 5706       | false
            2805.30       |              | 28053000   | true
            2805.30       |              | 2805       | false
            2711.12-2711.19 |            | 271114     | true
            2711.12-2711.19 |            | 271121     | false
            2709          | 2709.00.10   | 2709       | true
            2709          | 2709.00.10   | 27090010   | false
            2709          | 2709.00.10   | 27090090   | true
            01-97         | 01-24;3001-3006 | 3004    | false
            01-97         | 01-24;3001-3006 | 3822    | true
            01-97         | 01-24;3001-3006 | 1701    | false
            """)
    void coversCodesByTheirLeadingDigits(String include, String exclude, String digits, boolean covered) {
        HsScope scope = HsScope.of(List.of(include.split(";")), exclude == null ? List.of() : List.of(exclude.split(";")));

        assertThat(scope.covers(digits)).isEqualTo(covered);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8704          | 8704
            8704.21       | 870421
            ' 2710.19.11' | 27101911
            8704.21.1000  | 8704211000
            870           |
            8704..21      |
            8704.         |
            87O4          |
            12345678901   |
            """)
    void readsHsCodesAsDigits(String code, String digits) {
        assertThat(HsCode.digits(code)).isEqualTo(digits);
    }
}
