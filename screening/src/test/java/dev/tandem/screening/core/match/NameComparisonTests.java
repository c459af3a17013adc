package dev.tandem.screening.core.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Pairwise comparisons through {@link NameMatcher}, with prior weights only (no index frequencies). */
class NameComparisonTests {

    private final NamePreparer preparer = new NamePreparer(TokenWeights.priorOnly());

    private double score(String query, String entry, boolean person) {
        return NameMatcher.compare(preparer.prepare(query, !person), preparer.prepare(entry, !person), person, true).score();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Olaf Scholze | Olaf Scholz", "Vladimir Putin | Putin, Vladimir", "Vladimir Putin | Vladimir Vladimirovich Putin",
            "Bashar al-Assad | Bashar al-Asasd", "Mr. Recep Tayyip Erdoğan | Recep Tayyip Erdoğan",
            "AlisherUsmanov | Alisher Usmanov", "Hans J Friedrich | Hans Joachim Friedrich"})
    void matchesVariantsOfPersonNames(String query, String entry) {
        assertThat(score(query, entry, true)).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource(delimiter = '|', value = {
            "Octavian Scholz | Olaf Scholz", "Barack Obama | George Hussein Onyango Obama", "Kim | Kim Yong Chol",
            "Ali | Ali", "Mohammed | Mohammed Hassan", "Abdulhai Salek | Abdulhai Motmaen", "Kim Jong Un | Kim Jong Il"})
    void keepsDifferentPersonNamesApart(String query, String entry) {
        assertThat(score(query, entry, true)).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Siemens Aktiengesellschaft | Siemens AG", "SiemensAG | Siemens AG", "JSC TACTICAL MISSILES CORP. | TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY",
            "The World Bank | World Bank", "Procter & Gamble Co. | Procter and Gamble Co.", "PLA | People's Liberation Army"})
    void matchesVariantsOfOrganisationNames(String query, String entry) {
        assertThat(score(query, entry, false)).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource(delimiter = '|', value = {
            "Volkswagen Aktiengesellschaft | Siemens Aktiengesellschaft", "OJSC TACTICAL KITTENS CORPORATION | TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY",
            "Korea Achim Shipping Co | Korea Ansan Shipping Company", "Government of Estonia | Government of Ethiopia"})
    void keepsDifferentOrganisationNamesApart(String query, String entry) {
        assertThat(score(query, entry, false)).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
    }
}
