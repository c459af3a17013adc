package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.screening.core.list.Alias.Quality;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListDiffTests {

    private static final ListEntry YUN = new ListEntry("KPi.001", EntryType.PERSON, "YUN HO-JIN",
            List.of(new Alias("Yun Ho-chin", Quality.STRONG), new Alias("Yun Ho Jin", Quality.WEAK)), List.of("DPRK"),
            List.of("1944-10-13"), List.of("Democratic People's Republic of Korea"), List.of(), "Director.");

    @Test
    void findsTheEntriesAddedRemovedAndChangedBetweenTwoRealUnLists() throws ListFormatException {
        UnConsolidatedListParser parser = new UnConsolidatedListParser();
        ListVersion november = parser.parse(SharedSanctionsData.file(SharedSanctionsData.UN_2025_11_20));
        ListVersion february = parser.parse(SharedSanctionsData.file(SharedSanctionsData.UN_2026_02_27));

        ListDiff diff = ListDiff.between(november, february);

        assertThat(november.entries()).hasSize(1000);
        assertThat(february.entries()).hasSize(1003);
        assertThat(diff.added()).extracting(ListEntry::reference).containsExactly("SDi.007", "SDi.008", "SDi.009", "SDi.010");
        assertThat(diff.added()).extracting(ListEntry::name).contains("ABDUL RAHIM HAMDAN DAGALO");
        assertThat(diff.removed()).extracting(ListEntry::reference, ListEntry::name)
                .containsExactly(tuple("IQi.074", "MUNIR AL QUBAYSI"));
        assertThat(diff.changed()).extracting(EntryChange::reference).containsExactly("HTi.006", "SOi.022");
        assertThat(diff.changed()).allSatisfy(change -> {
            assertThat(change.fields()).containsExactly(EntryField.REMARKS);
            assertThat(change.older().remarks()).contains("INTERPOL-UN Security Council Special Notice");
            assertThat(change.newer().remarks()).doesNotContain("INTERPOL");
        });
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({"Sudan, 5, 9", "Iraq, 76, 75", "DPRK, 155, 155"})
    void reflectsProgrammeCountsOfBothVersions(String program, long before, long after) throws ListFormatException {
        UnConsolidatedListParser parser = new UnConsolidatedListParser();
        assertThat(count(parser.parse(SharedSanctionsData.file(SharedSanctionsData.UN_2025_11_20)), program)).isEqualTo(before);
        assertThat(count(parser.parse(SharedSanctionsData.file(SharedSanctionsData.UN_2026_02_27)), program)).isEqualTo(after);
    }

    @Test
    void namesEveryFieldThatChanged() {
        ListEntry renamed = new ListEntry("KPi.001", EntryType.PERSON, "YUN HO JIN", List.of(new Alias("Yun Ho-chin", Quality.STRONG)),
                List.of("DPRK"), List.of("1944-10-13"), List.of("Democratic People's Republic of Korea"), List.of(), "Director.");

        ListDiff diff = ListDiff.between(version(YUN), version(renamed));

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.fields()).isEqualTo(Set.of(EntryField.NAME, EntryField.ALIASES));
            assertThat(change.older()).isSameAs(YUN);
            assertThat(change.newer()).isSameAs(renamed);
        });
    }

    @Test
    void ignoresAnEntryWhoseValuesOnlyMovedInOrder() {
        ListEntry reordered = new ListEntry("KPi.001", EntryType.PERSON, "YUN HO-JIN",
                List.of(new Alias("Yun Ho Jin", Quality.WEAK), new Alias("Yun Ho-chin", Quality.STRONG)), List.of("DPRK"),
                List.of("1944-10-13"), List.of("Democratic People's Republic of Korea"), List.of(), "Director.");

        assertThat(ListDiff.between(version(YUN), version(reordered)).isEmpty()).isTrue();
    }

    @Test
    void countsAChangedAliasQualityAsAChange() {
        ListEntry downgraded = new ListEntry("KPi.001", EntryType.PERSON, "YUN HO-JIN",
                List.of(new Alias("Yun Ho-chin", Quality.WEAK), new Alias("Yun Ho Jin", Quality.WEAK)), List.of("DPRK"),
                List.of("1944-10-13"), List.of("Democratic People's Republic of Korea"), List.of(), "Director.");

        assertThat(ListDiff.between(version(YUN), version(downgraded)).changed())
                .singleElement().extracting(EntryChange::fields).isEqualTo(Set.of(EntryField.ALIASES));
    }

    @Test
    void refusesToCompareVersionsOfDifferentSources() {
        ListVersion ofac = new ListVersion(ListSource.OFAC, null, "0".repeat(64), List.of(YUN));
        assertThatIllegalArgumentException().isThrownBy(() -> ListDiff.between(version(YUN), ofac))
                .withMessage("cannot compare a UN version with a OFAC version");
    }

    private static ListVersion version(ListEntry... entries) {
        return new ListVersion(ListSource.UN, null, "0".repeat(64), List.of(entries));
    }

    private static long count(ListVersion version, String program) {
        return version.entries().stream().filter(e -> e.programs().contains(program)).count();
    }
}
