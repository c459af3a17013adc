package dev.tandem.screening.core.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IndexKeysTests {

    private final NamePreparer preparer = new NamePreparer(TokenWeights.priorOnly());

    /** The query must look up at least one key under which the entry is filed. */
    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "이용호 | RI YONG HO", "Lee Yong-ho | RI YONG HO", "Yong Ho Ri | RI YONG HO", "Kim Cheol Nam | KIM CHOL NAM",
            "Kim Yomg Chol | KIM YONG CHOL", "Yongho Ri | RI YONG HO", "Fridrich Buchenberg | Friedrich Buchenberg",
            "FriedrichBuchenberg | Friedrich Buchenberg", "Chongchongang | CHONG CHON GANG"})
    void looksUpAKeyTheEntryIsFiledUnder(String query, String entry) {
        Set<Long> filed = new HashSet<>();
        for (String key : IndexKeys.entryKeys(preparer.prepare(entry, false))) filed.add(KeyIndex.fingerprint(key));
        boolean found = IndexKeys.queryLookups(preparer.prepare(query, false), key -> filed.contains(key) ? 1 : 0).stream()
                .anyMatch(lookup -> filed.contains(lookup.key()));
        assertThat(found).isTrue();
    }
}
