package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDatesTests {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "05 Mar 1962                | 1962-03-05",
            "5 Mar 1962.                | 1962-03-05",
            "Mar 1962                   | 1962-03",
            "1962                       | 1962",
            "circa 1962                 | circa 1962",
            "1960 to 1962               | 1960 to 1962",
            "01 Jan 1967 to 31 Dec 1969 | 1967-01-01 to 1969-12-31",
            "1962-03-05                 | 1962-03-05",
            "Spring of 1962             | Spring of 1962"})
    void writesOfacRemarkDatesInTheListEntryShape(String written, String expected) {
        assertThat(BirthDates.fromText(written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}/{2}/{3}-{4} → {5}")
    @CsvSource(delimiter = '|', value = {
            "EXACT         | 1944-10-13 |      |      |      | 1944-10-13",
            "EXACT         |            | 1971 |      |      | 1971",
            "APPROXIMATELY |            | 1962 |      |      | circa 1962",
            "BETWEEN       |            |      | 1973 | 1974 | 1973 to 1974",
            "EXACT         |            |      |      |      | "})
    void writesUnDatePartsInTheListEntryShape(String type, String date, String year, String from, String to, String expected) {
        assertThat(BirthDates.fromParts(type, date, year, from, to)).isEqualTo(expected);
    }
}
