package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.screening.core.list.Alias.Quality;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListEntryTests {

    private static final ListEntry PAK = new ListEntry("KPi.073", EntryType.PERSON, "PAK BONG NAM",
            List.of(new Alias("Pak Pong Nam", Quality.STRONG), new Alias("Lui Wai Ming", Quality.STRONG)), List.of("DPRK"),
            List.of("1969-05-06"), List.of("Democratic People's Republic of Korea"), List.of(), "Gender: male");

    @Test
    void fingerprintsContentAsHexSha256() {
        assertThat(PAK.fingerprint()).matches("[0-9a-f]{64}").isEqualTo(copy(PAK).fingerprint());
    }

    @Test
    void givesTheSameFingerprintWhenValuesOnlyMoveInOrder() {
        ListEntry reordered = new ListEntry("KPi.073", EntryType.PERSON, "PAK BONG NAM",
                List.of(new Alias("Lui Wai Ming", Quality.STRONG), new Alias("Pak Pong Nam", Quality.STRONG)), List.of("DPRK"),
                List.of("1969-05-06"), List.of("Democratic People's Republic of Korea"), List.of(), "Gender: male");

        assertThat(reordered.fingerprint()).isEqualTo(PAK.fingerprint());
    }

    @Test
    void changesTheFingerprintWhenAnyFieldChanges() {
        List<ListEntry> variants = List.of(PAK,
                new ListEntry("KPi.074", PAK.type(), PAK.name(), PAK.aliases(), PAK.programs(), PAK.birthDates(), PAK.nationalities(), PAK.imoNumbers(), PAK.remarks()),
                new ListEntry(PAK.reference(), EntryType.ORGANISATION, PAK.name(), PAK.aliases(), PAK.programs(), PAK.birthDates(), PAK.nationalities(), PAK.imoNumbers(), PAK.remarks()),
                new ListEntry(PAK.reference(), PAK.type(), "PAK BONG-NAM", PAK.aliases(), PAK.programs(), PAK.birthDates(), PAK.nationalities(), PAK.imoNumbers(), PAK.remarks()),
                new ListEntry(PAK.reference(), PAK.type(), PAK.name(), List.of(new Alias("Pak Pong Nam", Quality.WEAK), new Alias("Lui Wai Ming", Quality.STRONG)), PAK.programs(), PAK.birthDates(), PAK.nationalities(), PAK.imoNumbers(), PAK.remarks()),
                new ListEntry(PAK.reference(), PAK.type(), PAK.name(), PAK.aliases(), List.of("DPRK", "Iran"), PAK.birthDates(), PAK.nationalities(), PAK.imoNumbers(), PAK.remarks()),
                new ListEntry(PAK.reference(), PAK.type(), PAK.name(), PAK.aliases(), PAK.programs(), List.of("1969"), PAK.nationalities(), PAK.imoNumbers(), PAK.remarks()),
                new ListEntry(PAK.reference(), PAK.type(), PAK.name(), PAK.aliases(), PAK.programs(), PAK.birthDates(), List.of("China"), PAK.imoNumbers(), PAK.remarks()),
                new ListEntry(PAK.reference(), PAK.type(), PAK.name(), PAK.aliases(), PAK.programs(), PAK.birthDates(), PAK.nationalities(), List.of("1234567"), PAK.remarks()),
                new ListEntry(PAK.reference(), PAK.type(), PAK.name(), PAK.aliases(), PAK.programs(), PAK.birthDates(), PAK.nationalities(), PAK.imoNumbers(), "Gender: male."));

        Set<String> fingerprints = new HashSet<>();
        variants.forEach(v -> fingerprints.add(v.fingerprint()));

        assertThat(fingerprints).hasSize(variants.size());
    }

    @Test
    void keepsValuesApartSoThatShiftedSeparatorsDoNotCollide() {
        ListEntry twoPrograms = new ListEntry("X", EntryType.PERSON, "A", List.of(), List.of("ab", "c"), List.of(), List.of(), List.of(), "");
        ListEntry otherSplit = new ListEntry("X", EntryType.PERSON, "A", List.of(), List.of("a", "bc"), List.of(), List.of(), List.of(), "");

        assertThat(twoPrograms.fingerprint()).isNotEqualTo(otherSplit.fingerprint());
    }

    @Test
    void givesEveryEntryOfARealListItsOwnStableFingerprint() throws ListFormatException {
        UnConsolidatedListParser parser = new UnConsolidatedListParser();
        List<ListEntry> first = parser.parse(SharedSanctionsData.file(SharedSanctionsData.UN_2026_02_27)).entries();
        List<ListEntry> second = parser.parse(SharedSanctionsData.file(SharedSanctionsData.UN_2026_02_27)).entries();

        assertThat(first.stream().map(ListEntry::fingerprint).distinct()).hasSize(first.size());
        assertThat(first.stream().map(ListEntry::fingerprint)).containsExactlyElementsOf(second.stream().map(ListEntry::fingerprint).toList());
    }

    private static ListEntry copy(ListEntry e) {
        return new ListEntry(e.reference(), e.type(), e.name(), e.aliases(), e.programs(), e.birthDates(), e.nationalities(), e.imoNumbers(), e.remarks());
    }
}
