package dev.tandem.screening.core.match;

import dev.tandem.screening.core.list.Alias;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScreeningIndexTests {

    private static final ScreeningIndex INDEX = ScreeningIndex.build(List.of(Entries.sample()));

    private static Hit top(String name) {
        List<Hit> hits = INDEX.screen(NameQuery.of(name));
        assertThat(hits).as("hits for %s", name).isNotEmpty();
        return hits.get(0);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "R\u200Bi W\u200Bo\u200Bn H\u200Bo | KPi.033 | query: removed 4 invisible characters: zero width space",
            "Ri W\u043En H\u043E               | KPi.033 | query: folded Cyrillic о→o",
            "\u039Aim Ch\u03BFl Nam             | KPi.044 | query: folded Greek Κ→K ο→o",
            "ＲＩ ＷＯＮ ＨＯ                     | KPi.033 | query: folded full-width Ｒ→R",
            "李元浩                              | KPi.033 | query: read Hanja 李元浩 as 리원호",
            "R i W o n H o                      | KPi.033 | ''"})
    void findsDisguisedNamesAndSaysWhatWasRemovedOrFolded(String query, String reference, String remark) {
        Hit hit = top(query.strip());
        assertThat(hit.reference()).isEqualTo(reference);
        assertThat(hit.score()).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(hit.explanation().note()).contains(remark);
        assertThat(hit.explanation().toString()).contains(remark);
    }

    @Test
    void cleansListedNamesAsItCleansQueries() {
        ScreeningIndex index = ScreeningIndex.build(List.of(Entries.un(
                Entries.person("KPi.901", "RI\u200B Y\u041E\u00ADNG MU", null))));
        List<Hit> hits = index.screen(NameQuery.of("Ri Yong Mu"));
        assertThat(hits).extracting(Hit::reference).containsExactly("KPi.901");
        assertThat(hits.get(0).explanation().note())
                .contains("listed name: removed 2 invisible characters: soft hyphen, zero width space, folded Cyrillic О→O");
    }

    @ParameterizedTest(name = "{0} → {1} by {2}")
    @CsvSource(delimiter = '|', value = {
            "RI WON HO          | KPi.033 | EXACT",
            "Ri Won-ho          | KPi.033 | EXACT",
            "Riwonho            | KPi.033 | JOINED",
            "Ri Wonho           | KPi.033 | JOINED",
            "Lee Won Ho         | KPi.033 | SURNAME_VARIANT",
            "Rhee Won-ho        | KPi.033 | SURNAME_VARIANT",
            "Yi Won Ho          | KPi.033 | SURNAME_VARIANT",
            "리원호              | KPi.033 | HANGUL_ROMANISED",
            "이원호              | KPi.033 | INITIAL_SOUND_RULE",
            "Won Ho Ri          | KPi.033 | REORDERED",
            "RI, Won Ho         | KPi.033 | REORDERED",
            "Kim Cheol-nam      | KPi.044 | SYLLABLE_EQUIVALENCE",
            "Kim Chul Nam       | KPi.044 | SYLLABLE_EQUIVALENCE",
            "김철남              | KPi.044 | HANGUL_ROMANISED",
            "Kim Young Chul     | KPi.024 | SYLLABLE_EQUIVALENCE",
            "Na Kyong Su        | KPi.008 | SURNAME_VARIANT",
            "나경수              | KPi.008 | INITIAL_SOUND_RULE",
            "Choi Chun Sik      | KPi.013 | SURNAME_VARIANT",
            "Ri Un Song         | KPi.078 | EXACT",
            "Lee Eun-sung       | KPi.078 | SYLLABLE_EQUIVALENCE",
            "Ju Hyuk            | KPi.065 | SYLLABLE_EQUIVALENCE",
            "Kang Yong          | KPi.020 | INITIAL_SOUND_RULE",
            "Yoon Ho-jin        | KPi.001 | SURNAME_VARIANT",
            "Kim Yomg Chol      | KPi.024 | TYPO",
            "Ri Won Hoo         | KPi.033 | TYPO"})
    void findsKoreanNameVariantsAndSaysWhy(String query, String reference, Rule rule) {
        Hit hit = top(query.strip());
        assertThat(hit.reference()).isEqualTo(reference);
        assertThat(hit.explanation().pairs()).extracting(TokenPair::rule).contains(rule);
        assertThat(hit.score()).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Kim Nam Chol",        // given-name syllables swapped
            "Ri Ho Won",
            "Kim Chol Man",        // one syllable changed
            "Ri Won Chol",
            "Pak Won Ho",          // another family name
            "Ri Won",              // a syllable missing
            "Kim", "Ri", "Mohammed", "Ali", "Hassan",   // one common token
            "Lee Do-hoon", "Moon Jae-in", "Kang Kyung-wha", "Chung Eui-yong"})
    void reportsNoHitForDifferentOrCommonNames(String query) {
        assertThat(INDEX.screen(NameQuery.of(query))).isEmpty();
    }

    @Test
    void explainsWhyDifferentGivenNamesDoNotMatch() {
        Hit hit = INDEX.screen(NameQuery.of("Kim Nam Chol"), 0.0).stream()
                .filter(h -> h.reference().equals("KPi.044")).findFirst().orElseThrow();
        assertThat(hit.explanation().method()).isEqualTo(Explanation.Method.KOREAN_NAME);
        assertThat(hit.explanation().note()).contains("another order");
        assertThat(hit.score()).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "KOMID                                    | KPe.001",
            "Korea Mining Development Trading Corp.   | KPe.001",
            "Mining Development Trading Co., Ltd      | KPe.001",
            "DPRK Mining Development Trading Company  | KPe.001",
            "KMDTC                                    | KPe.001",
            "GBAE                                     | KPe.007",
            "General Bureau of Atomic Energy          | KPe.007",
            "KCST                                     | KPe.012",
            "Korea Yonbong General Corp               | KPe.002",
            "Choson Ryonbong General Corporation      | KPe.002",
            "Chongchongang                            | V.001"})
    void findsOrganisationsByLegalFormCountryPrefixAndAcronym(String query, String reference) {
        assertThat(top(query.strip()).reference()).isEqualTo(reference);
    }

    @Test
    void keepsSimilarCompaniesWithDifferentNamesApart() {
        assertThat(INDEX.screen(NameQuery.of("Korea Achim Shipping Co"))).extracting(Hit::reference).containsExactly("KPe.061");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMO 7937317", "imo:7937317", "M/V Chong Chon Gang IMO 7937317"})
    void findsVesselsByImoNumber(String query) {
        Hit hit = top(query);
        assertThat(hit.reference()).isEqualTo("V.001");
        assertThat(hit.score()).isEqualTo(1.0);
        assertThat(hit.explanation().pairs()).extracting(TokenPair::rule).contains(Rule.IMO);
    }

    @Test
    void readsABareSevenDigitNumberAsImoOnlyForVessels() {
        assertThat(INDEX.screen(NameQuery.of("7937317", EntryType.VESSEL))).extracting(Hit::reference).containsExactly("V.001");
        assertThat(INDEX.screen(NameQuery.of("7937317"))).isEmpty();
    }

    @Test
    void describesAHitOnOneLine() {
        Hit hit = top("Lee Won-ho");
        assertThat(hit.source()).isEqualTo(ListSource.UN);
        assertThat(hit.matchedName()).isEqualTo("RI WON HO");
        assertThat(hit.toString()).doesNotContain("\n").contains("KPi.033", "lee=ri (surname variant)");
        assertThat(hit.explanation().toString()).startsWith("Korean name: ");
    }

    @Test
    void namesTheAliasThatMatched() {
        Hit hit = top("Kim Young-Cheol");
        assertThat(hit.listedName()).isEqualTo("KIM YONG CHOL");
        assertThat(hit.matchedName()).isIn("Kim Young-Cheol", "KIM YONG CHOL", "Kim Yong-Chol");
    }

    @Test
    void raisesTheScoreForAMatchingBirthYearAndLowersItForAClearMismatch() {
        Hit same = INDEX.screen(new NameQuery("Ri Won Ho", EntryType.PERSON, "1964", null)).get(0);
        Hit other = INDEX.screen(new NameQuery("Ri Won Ho", EntryType.PERSON, "1980-01-01", null), 0.0).get(0);
        assertThat(same.explanation().adjustments()).extracting(Adjustment::delta).containsExactly(ProfileAdjustments.SAME_YEAR);
        assertThat(other.explanation().adjustments()).extracting(Adjustment::delta).containsExactly(ProfileAdjustments.YEAR_MISMATCH);
        assertThat(other.score()).isLessThan(same.score());
        assertThat(other.explanation().toString()).contains("birth year 1980, listed 1964");
    }

    @Test
    void adjustsForNationality() {
        Hit hit = INDEX.screen(new NameQuery("Ri Won Ho", EntryType.PERSON, null, "KP")).get(0);
        assertThat(hit.explanation().adjustments()).extracting(Adjustment::reason).containsExactly("nationality KP matches");
    }

    @Test
    void screensOnlyTheRequestedType() {
        assertThat(INDEX.screen(NameQuery.of("KOMID", EntryType.PERSON))).isEmpty();
        assertThat(INDEX.screen(NameQuery.of("Ri Won Ho", EntryType.ORGANISATION))).isEmpty();
    }

    @Test
    void honoursAThresholdPerRequest() {
        assertThat(INDEX.screen(NameQuery.of("Ri Won"), 0.4)).extracting(Hit::reference).contains("KPi.033");
        assertThat(INDEX.screen(NameQuery.of("Ri Won Ho"), 1.0)).extracting(Hit::reference).containsExactly("KPi.033");
        assertThatIllegalArgumentException().isThrownBy(() -> INDEX.screen(NameQuery.of("x"), 1.5));
    }

    @Test
    void sortsHitsBestFirst() {
        List<Hit> hits = INDEX.screen(NameQuery.of("Kim Chol"), 0.0);
        for (int i = 1; i < hits.size(); i++) assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
    }

    @Test
    void screensEmptyNamesToNothing() {
        assertThat(INDEX.screen(NameQuery.of(" - "))).isEmpty();
    }

    @Test
    void countsEntriesAndNames() {
        assertThat(INDEX.entryCount()).isEqualTo(19);
        assertThat(INDEX.nameCount()).isGreaterThan(INDEX.entryCount());
    }

    @Test
    void saysWhenTheMatchedNameIsAWeakAlias() {
        ListEntry entry = new ListEntry("KPi.064", EntryType.PERSON, "CH'OE SO’K MIN",
                List.of(new Alias("Choe Sok Min", Alias.Quality.WEAK), new Alias("Pak Il", Alias.Quality.WEAK)),
                List.of(), List.of(), List.of(), List.of(), "");
        ScreeningIndex index = ScreeningIndex.build(List.of(Entries.un(entry)));
        assertThat(index.screen(NameQuery.of("Pak Il")).get(0).explanation().note()).contains("weak alias");
        assertThat(index.screen(NameQuery.of("Choe Sok Min")).get(0).explanation().note()).doesNotContain("weak alias");
    }

    @Test
    void findsGeneralNamesWithTyposAndJoins() {
        assertThat(top("Fridrich Buchenberg").reference()).isEqualTo("QDi.002");
        assertThat(top("FriedrichBuchenberg").reference()).isEqualTo("QDi.002");
        assertThat(top("BUCHENBERG, Friedrich").reference()).isEqualTo("QDi.002");
    }
}
