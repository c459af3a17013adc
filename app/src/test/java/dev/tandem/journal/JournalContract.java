package dev.tandem.journal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal's chain, run on each database Tandem supports. */
abstract class JournalContract {

    @Autowired
    Journal journal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private JournalEntry record(String reason) {
        return SystemActor.call(() -> transaction.execute(s -> journal.record(
                Change.of("test.recorded", "test", "subject-1").from(java.util.Map.of("a", 1))
                        .to(java.util.Map.of("a", 2)).because(reason))));
    }

    @Test
    void chainsEveryEntryToTheOneBefore() {
        JournalEntry first = record("first");
        JournalEntry second = record("second");
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.actor()).isEqualTo(SystemActor.NAME);
        assertThat(second.after()).isEqualTo("{\"a\":2}");
        JournalVerification verification = journal.verify();
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(second.seq());
    }

    @Test
    void reportsAnEntryChangedBehindTandemsBackByNumber() {
        JournalEntry entry = record("original reason");
        record("later entry");
        jdbc.sql("UPDATE journal_entry SET reason = 'forged reason' WHERE seq = :seq").param("seq", entry.seq()).update();
        try {
            JournalVerification verification = journal.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.problems()).extracting(JournalVerification.Problem::seq).containsExactly(entry.seq());
            assertThat(verification.problems().get(0).reason()).contains("content was changed");
        } finally {
            jdbc.sql("UPDATE journal_entry SET reason = 'original reason' WHERE seq = :seq").param("seq", entry.seq()).update();
        }
        assertThat(journal.verify().intact()).isTrue();
    }

    @Test
    void reportsAnEntryRemovedBehindTandemsBack() {
        record("kept");
        JournalEntry removed = record("removed");
        JournalEntry after = record("after");
        List<java.util.Map<String, Object>> row = jdbc.sql("SELECT * FROM journal_entry WHERE seq = :seq")
                .param("seq", removed.seq()).query().listOfRows();
        jdbc.sql("DELETE FROM journal_entry WHERE seq = :seq").param("seq", removed.seq()).update();
        try {
            JournalVerification verification = journal.verify();
            assertThat(verification.problems()).extracting(JournalVerification.Problem::seq)
                    .contains(removed.seq(), after.seq());
        } finally {
            StringBuilder columns = new StringBuilder();
            StringBuilder values = new StringBuilder();
            JdbcClient.StatementSpec insert = null;
            for (String column : row.get(0).keySet()) {
                columns.append(columns.length() == 0 ? "" : ", ").append(column);
                values.append(values.length() == 0 ? "" : ", ").append(':').append(column.toLowerCase());
            }
            insert = jdbc.sql("INSERT INTO journal_entry (" + columns + ") VALUES (" + values + ")");
            for (var e : row.get(0).entrySet()) {
                insert = insert.param(e.getKey().toLowerCase(), e.getValue());
            }
            insert.update();
        }
        assertThat(journal.verify().intact()).isTrue();
    }

    @Test
    void refusesToRecordOutsideTheTransactionOfAChange() {
        assertThatThrownBy(() -> journal.record(Change.of("test.loose", "test", "x")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void journalsTheDemoContent() {
        assertThat(journal.entries(null, 500, "forum", "rok-us-working-group"))
                .extracting(JournalEntry::action)
                .contains("forum.established", "forum.event-recorded", "forum.handed-over", "forum.co-chair-appointed");
    }

    @Test
    void checksFromTheLastCheckpointAndSaysWhichEntries() {
        JournalEntry below = record("before the checkpoint");
        record("at the checkpoint");
        JournalVerification whole = journal.verifyAndKeep();
        assertThat(whole.intact()).isTrue();
        assertThat(whole.whole()).isTrue();
        assertThat(whole.fromSeq()).isEqualTo(1);
        long checkpoint = whole.toSeq();
        assertThat(checkpoint).isGreaterThan(below.seq());
        record("after the checkpoint");
        JournalEntry last = record("after the checkpoint, too");

        JournalVerification since = journal.verifySinceCheckpoint();
        assertThat(since.intact()).isTrue();
        assertThat(since.whole()).isFalse();
        assertThat(since.checkpoint().seq()).isEqualTo(checkpoint);
        assertThat(since.fromSeq()).isEqualTo(checkpoint + 1);
        assertThat(since.toSeq()).isGreaterThanOrEqualTo(last.seq());
        assertThat(since.entriesChecked()).isEqualTo(since.toSeq() - checkpoint);

        forged(last.seq(), () -> assertThat(journal.verifySinceCheckpoint().problems())
                .extracting(JournalVerification.Problem::seq).containsExactly(last.seq()));
        forged(checkpoint, () -> assertThat(journal.verifySinceCheckpoint().problems())
                .as("the checkpoint's own entry").singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("is no longer the entry verified")));
        forged(below.seq(), () -> {
            assertThat(journal.verifySinceCheckpoint().intact()).as("below the checkpoint: the full check's to find")
                    .isTrue();
            JournalVerification full = journal.verifyAndKeep();
            assertThat(full.problems()).extracting(JournalVerification.Problem::seq).containsExactly(below.seq());
            assertThat(journal.verifySinceCheckpoint().checkpoint().seq())
                    .as("a broken chain keeps no checkpoint").isEqualTo(checkpoint);
        });
        assertThat(journal.verifySinceCheckpoint().intact()).isTrue();
    }

    /** Runs the checks with the entry's reason changed behind Tandem's back, then puts it back. */
    private void forged(long seq, Runnable checks) {
        String reason = jdbc.sql("SELECT reason FROM journal_entry WHERE seq = :seq").param("seq", seq)
                .query(String.class).optional().orElse(null);
        jdbc.sql("UPDATE journal_entry SET reason = 'forged' WHERE seq = :seq").param("seq", seq).update();
        try {
            checks.run();
        } finally {
            jdbc.sql("UPDATE journal_entry SET reason = :reason WHERE seq = :seq").param("reason", reason)
                    .param("seq", seq).update();
        }
    }
}
