package dev.tandem.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;
import dev.tandem.system.CommandLine;
import dev.tandem.system.CommandLineHarness;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./tandem journal anchor} and {@code journal verify --anchor}: a chain rewritten as a whole is caught. */
@IntegrationTest
class JournalAnchorIntegrationTests {

    @Autowired
    CommandLine commandLine;
    @Autowired
    Journal journal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JournalStore store;
    @TempDir
    Path temp;

    private CommandLineHarness cli;

    @BeforeEach
    void harness() {
        cli = new CommandLineHarness(commandLine);
        SystemActor.call(() -> transaction.execute(s -> journal.record(
                Change.of("test.anchored", "test", "anchor").because("something to anchor"))));
    }

    @Test
    void writesTheHeadToAFileAndVerifiesAgainstIt() throws Exception {
        Path file = temp.resolve("anchor.txt");
        assertThat(cli.run("journal", "anchor", "--output", file.toString())).isZero();
        JournalAnchor anchor = JournalAnchor.parse(Files.readString(file));
        assertThat(anchor.seq()).isEqualTo(head());
        assertThat(anchor.hash()).isEqualTo(jdbc.sql("SELECT hash FROM journal_entry WHERE seq = :s")
                .param("s", anchor.seq()).query(String.class).single());

        assertThat(cli.run("journal", "anchor")).isZero();
        assertThat(cli.out()).startsWith(JournalAnchor.FIRST_LINE + "\nentry=" + anchor.seq() + "\nhash=" + anchor.hash());

        assertThat(cli.run("journal", "verify", "--anchor", file.toString())).isZero();
        assertThat(cli.out()).startsWith("intact: ");
    }

    @Test
    void detectsAChainRewrittenAsAWholeWithEveryHashRecomputed() throws Exception {
        Path file = temp.resolve("anchor.txt");
        cli.run("journal", "anchor", "--output", file.toString());
        long anchored = head();
        long forged = anchored - 2;
        List<Map<String, Object>> original = rowsFrom(forged);
        try {
            // the forger changes an entry and recomputes every hash after it, and the head: the chain links up
            jdbc.sql("UPDATE journal_entry SET reason = 'forged' WHERE seq = :s").param("s", forged).update();
            String previous = jdbc.sql("SELECT previous_hash FROM journal_entry WHERE seq = :s").param("s", forged)
                    .query(String.class).single();
            for (long seq = forged; seq <= anchored; seq++) {
                JournalEntry e = store.entry(seq).orElseThrow();
                String hash = ChainHash.of(seq, e.recordedAt(), e.actor(), e.actorParty(), e.action(), e.subjectType(),
                        e.subjectId(), e.before(), e.after(), e.reason(), previous);
                jdbc.sql("UPDATE journal_entry SET previous_hash = :p, hash = :h WHERE seq = :s")
                        .param("p", previous).param("h", hash).param("s", seq).update();
                previous = hash;
            }
            jdbc.sql("UPDATE journal_head SET last_hash = :h WHERE id = 1").param("h", previous).update();

            assertThat(cli.run("journal", "verify")).as("without the anchor the rewrite goes unseen").isZero();
            assertThat(cli.run("journal", "verify", "--anchor", file.toString())).isEqualTo(1);
            assertThat(cli.out()).contains("BROKEN").contains("entry " + anchored + ": does not have the hash anchored");
        } finally {
            restore(original);
        }
        assertThat(cli.run("journal", "verify", "--anchor", file.toString())).isZero();
    }

    @Test
    void detectsAChainCutBackBelowTheAnchor() throws Exception {
        Path file = temp.resolve("anchor.txt");
        cli.run("journal", "anchor", "--output", file.toString());
        long anchored = head();
        JournalEntry removed = store.entry(anchored).orElseThrow();
        try {
            jdbc.sql("DELETE FROM journal_entry WHERE seq = :s").param("s", anchored).update();
            String previous = jdbc.sql("SELECT hash FROM journal_entry WHERE seq = :s").param("s", anchored - 1)
                    .query(String.class).single();
            jdbc.sql("UPDATE journal_head SET last_seq = :s, last_hash = :h WHERE id = 1")
                    .param("s", anchored - 1).param("h", previous).update();

            assertThat(cli.run("journal", "verify")).isZero();
            assertThat(cli.run("journal", "verify", "--anchor", file.toString())).isEqualTo(1);
            assertThat(cli.out()).contains("entry " + anchored + ": is missing although it was anchored");
        } finally {
            transaction.executeWithoutResult(s -> store.append(removed));
        }
        assertThat(cli.run("journal", "verify", "--anchor", file.toString())).isZero();
    }

    @Test
    void refusesAFileThatIsNoAnchor() throws Exception {
        Path file = Files.writeString(temp.resolve("not-an-anchor.txt"), "hello\n");
        assertThat(cli.run("journal", "verify", "--anchor", file.toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("tandem journal verify: anchor: is not a Tandem journal anchor");
        assertThat(cli.run("journal", "verify", "--anchor", temp.resolve("absent").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--anchor: no such file");
        assertThat(cli.run("journal", "anchor", "--output")).isEqualTo(2);
        assertThat(cli.err()).contains("expected [--output FILE]");
    }

    private long head() {
        return jdbc.sql("SELECT last_seq FROM journal_head").query(Long.class).single();
    }

    private List<Map<String, Object>> rowsFrom(long seq) {
        return jdbc.sql("SELECT seq, reason, previous_hash, hash FROM journal_entry WHERE seq >= :s ORDER BY seq")
                .param("s", seq).query().listOfRows();
    }

    /** Puts the rows taken by {@link #rowsFrom} back as they were (reinserting one that was deleted). */
    private void restore(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            long seq = ((Number) value(row, "seq")).longValue();
            int updated = jdbc.sql("UPDATE journal_entry SET reason = :r, previous_hash = :p, hash = :h WHERE seq = :s")
                    .param("r", value(row, "reason")).param("p", value(row, "previous_hash"))
                    .param("h", value(row, "hash")).param("s", seq).update();
            assertThat(updated).as("entry %s restored", seq).isOne();
        }
        jdbc.sql("UPDATE journal_head SET last_hash = :h WHERE id = 1")
                .param("h", value(rows.get(rows.size() - 1), "hash")).update();
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }
}
