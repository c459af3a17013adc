package dev.tandem.screening;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import dev.tandem.Acting;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.SystemActor;
import dev.tandem.journal.Journal;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.SharedSanctionsData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;

/**
 * Imports into a database that starts without lists: a refused file, a crash half-way, then the two real UN
 * publications in order, with the names Tandem keeps screening re-screened against what changed.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:list-import;DB_CLOSE_DELAY=-1",
        "tandem.screening.bundled-list=false",
        "tandem.demo.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListImportIntegrationTests {

    private static final Path OLDER = SharedSanctionsData.file(SharedSanctionsData.UN_2025_11_20);
    private static final Path NEWER = SharedSanctionsData.file(SharedSanctionsData.UN_2026_02_27);

    @Autowired
    ScreeningManagement screening;
    @Autowired
    ListImport listImport;
    @MockitoSpyBean
    ListVersions lists;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Journal journal;

    private int rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    private long journalLength() {
        return jdbc.sql("SELECT last_seq FROM journal_head").query(Long.class).single();
    }

    private ListImport.Result importUn(Path file) {
        return SystemActor.call(() -> listImport.importFile(ListSource.UN, file, file.getFileName().toString()));
    }

    @Test
    @Order(1)
    void refusesAFileOfTheWrongKindAndStoresNothing() {
        Path ofac = SharedSanctionsData.file(SharedSanctionsData.OFAC_SDN_2021);
        assertThatThrownBy(() -> importUn(ofac))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("file"));
        assertThat(rows("list_version")).isZero();
        assertThat(rows("list_entry")).isZero();
    }

    @Test
    @Order(2)
    void leavesNothingHalfWrittenWhenAnImportFailsHalfWay() {
        long journalBefore = journalLength();
        // the database fails on the second batch of entries, after the version row and 500 entries were written
        Mockito.doCallRealMethod().doThrow(new org.springframework.dao.DataAccessResourceFailureException("disk gone"))
                .when(lists).insertEntries(any());
        assertThatThrownBy(() -> importUn(OLDER)).hasMessageContaining("disk gone");
        Mockito.reset(lists);
        assertThat(rows("list_version")).isZero();
        assertThat(rows("list_entry")).isZero();
        assertThat(journalLength()).isEqualTo(journalBefore);
    }

    @Test
    @Order(3)
    void importsAPublicationOnceAndRecognisesItAgain() {
        ListImport.Result first = importUn(OLDER);
        assertThat(first.alreadyImported()).isFalse();
        assertThat(first.current()).isTrue();
        assertThat(first.version().entries()).isEqualTo(1000);
        assertThat(first.added()).isEqualTo(1000);

        ListImport.Result again = importUn(OLDER);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.version().id()).isEqualTo(first.version().id());
        assertThat(rows("list_version")).isEqualTo(1);
        assertThat(rows("list_entry")).isEqualTo(1000);
    }

    @Test
    @Order(4)
    void rescreensKeptNamesAgainstWhatTheNextPublicationChanged() {
        // kept names: one on an entry the next publication removes, one on an entry it changes,
        // one it adds, and one that is on no list
        List<HitView> removed = watch("case:1/counterparty:1", "Munir Al Qubaysi");
        assertThat(removed).extracting(HitView::reference).containsExactly("IQi.074");
        List<HitView> changed = watch("case:1/counterparty:2", "Victor Prophane");
        HitView falsePositive = changed.stream().filter(h -> h.reference().equals("HTi.006")).findFirst().orElseThrow();
        // a false positive at this score takes two co-chairs of different parties (four eyes)
        Acting.as("rok.cochair", "CO_CHAIR", "ROK", () -> screening.decide(falsePositive.id(),
                HitStatus.FALSE_POSITIVE, "a Haitian-born surgeon in Seoul, not the listed person", null));
        Acting.as("us.cochair", "CO_CHAIR", "US", () -> screening.confirmFalsePositive(falsePositive.id(), true,
                "checked the passport copy", null));
        assertThat(watch("case:2/counterparty:1", "VICTOR PROPHANE")).isEmpty();
        assertThat(watch("case:1/counterparty:3", "Abdul Rahim Hamdan Dagalo")).isEmpty();
        assertThat(watch("case:1/counterparty:4", "Hanbit Medical Aid")).isEmpty();

        ListImport.Result next = importUn(NEWER);
        assertThat(next.current()).isTrue();
        assertThat(List.of(next.added(), next.removed(), next.changed())).containsExactly(4, 1, 2);

        assertThat(screening.hitsOf("case:1/counterparty:1")).extracting(HitView::status)
                .containsExactly(HitStatus.DELISTED);
        // the false positive comes back because the entry changed, for both places the name stands
        assertThat(screening.hitsOf("case:1/counterparty:2")).extracting(HitView::reference, HitView::status)
                .contains(org.assertj.core.groups.Tuple.tuple("HTi.006", HitStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple("HTi.006", HitStatus.FALSE_POSITIVE));
        assertThat(screening.hitsOf("case:2/counterparty:1")).extracting(HitView::reference).contains("HTi.006");
        assertThat(screening.hitsOf("case:1/counterparty:3")).extracting(HitView::reference).contains("SDi.008");
        assertThat(screening.hitsOf("case:1/counterparty:4")).isEmpty();
        assertThat(next.hitsRaised()).isGreaterThanOrEqualTo(3);
        assertThat(journal.entries(null, 50, "list-version", String.valueOf(next.version().id())))
                .extracting(e -> e.action()).containsExactly("screening.list-imported");
    }

    @Test
    @Order(5)
    void keepsScreeningOnTheNewestPublicationWhenAnOlderOneArrivesLate() {
        jdbc.sql("DELETE FROM list_entry WHERE version_id = (SELECT MIN(id) FROM list_version)").update();
        jdbc.sql("DELETE FROM false_positive").update();
        jdbc.sql("DELETE FROM screening_hit").update();
        jdbc.sql("DELETE FROM list_version WHERE id = (SELECT MIN(id) FROM list_version)").update();
        ListImport.Result late = importUn(OLDER);
        assertThat(late.current()).isFalse();
        assertThat(late.hitsRaised()).isZero();
        assertThat(lists.latest(ListSource.UN).orElseThrow().entries()).isEqualTo(1003);
    }

    private List<HitView> watch(String ref, String name) {
        return SystemActor.call(() -> screening.watch(ref, NameToScreen.of(name, EntryType.PERSON)));
    }
}
