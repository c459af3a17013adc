package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImoNumbersTests {

    @ParameterizedTest(name = "\"{0}\" → [{1}]")
    @CsvSource(delimiter = '|', value = {
            "Vessel Registration Identification IMO 7937317.                     | 7937317",
            "Vessel Registration Identification 8606173.                         | 8606173",
            "International Maritime Organization (IMO) Number: 1790183.          | 1790183",
            "IMO Number: 5342883. The Chongchongang Shipping Company             | 5342883",
            "Company Number IMO 5434358.                                         | 5434358",
            "IMO 5179245; alt. IMO 5405737                                       | 5179245 5405737",
            "Identification Number IMO-123456-7F5                                | ''",
            "a.k.a. 'IMOLEON JIMENEZ'                                            | ''",
            "IMO 12345678                                                        | ''",
            "imo 1234567 in lower case                                           | ''"})
    void findsSevenDigitImoNumbersInText(String text, String expected) {
        List<String> found = new ArrayList<>();
        ImoNumbers.collect(text, found);
        assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }
}
