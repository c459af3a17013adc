package dev.tandem.session;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.Acting;
import dev.tandem.common.SystemActor;
import dev.tandem.forum.ForumManagement;
import dev.tandem.identity.Role;
import dev.tandem.journal.Journal;
import dev.tandem.journal.JournalEntry;

import static dev.tandem.session.JointStatementTests.refusedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publication rule of joint statements as stored, run on each database Tandem supports. */
abstract class StatementPublicationContract {

    @Autowired
    JointStatements statements;
    @Autowired
    ForumManagement forums;
    @Autowired
    Journal journal;

    private long draftWithTwoVersions(String forum) {
        JointStatement drafted = Acting.as("rok.member", Role.MEMBER, "ROK", () -> statements.draft(forum,
                new SessionCommands.NewStatement("On reunions", null, "First.", "첫째.")));
        Acting.as("us.member", Role.MEMBER, "US", () -> statements.redraft(drafted.id(),
                new SessionCommands.Redraft("First.\nSecond.", "첫째.\n둘째.")));
        return drafted.id();
    }

    private List<JournalEntry> entries(long id) {
        return SystemActor.call(() -> journal.entries(null, 50, "statement", String.valueOf(id)));
    }

    @Test
    void refusesPublicationWhileThePartiesSignedDifferentVersions() {
        long id = draftWithTwoVersions(TestForum.create(forums));
        Acting.as("rok.cochair", Role.CO_CHAIR, "ROK", () -> statements.sign(id, 1));
        Acting.as("us.cochair", Role.CO_CHAIR, "US", () -> statements.sign(id, 2));
        assertThatThrownBy(() -> Acting.as("us.cochair", Role.CO_CHAIR, "US", () -> statements.publish(id)))
                .satisfies(refusedAs("refusal.statement.differentVersions"))
                .hasMessageContaining("ROK → 1, US → 2");
        JointStatement stored = SystemActor.call(() -> statements.statement(id));
        assertThat(stored.isPublished()).isFalse();
        assertThat(stored.signatures()).extracting(Signature::party, Signature::number)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ROK", 1),
                        org.assertj.core.groups.Tuple.tuple("US", 2));
        assertThat(entries(id)).extracting(JournalEntry::action).doesNotContain("statement.published");
    }

    @Test
    void publishesTheVersionBothSignedOnceAndJournalsItsHash() {
        long id = draftWithTwoVersions(TestForum.create(forums));
        Acting.as("rok.cochair", Role.CO_CHAIR, "ROK", () -> statements.sign(id, 1));
        Acting.as("us.cochair", Role.CO_CHAIR, "US", () -> statements.sign(id, 2));
        Acting.as("rok.cochair", Role.CO_CHAIR, "ROK", () -> statements.sign(id, 2));
        JointStatement published = Acting.as("rok.cochair", Role.CO_CHAIR, "ROK", () -> statements.publish(id));
        String sha = JointStatementTests.Sha.hex("en:\nFirst.\nSecond.\n\nko:\n첫째.\n둘째.");
        assertThat(published.publishedVersion()).isEqualTo(2);
        assertThat(published.publishedSha256()).isEqualTo(sha);
        JointStatement stored = SystemActor.call(() -> statements.statement(id));
        assertThat(stored.publishedSha256()).isEqualTo(sha);
        assertThat(stored.versions()).extracting(StatementVersion::textKo).containsExactly("첫째.", "첫째.\n둘째.");
        assertThat(entries(id)).filteredOn(e -> e.action().equals("statement.published"))
                .singleElement().satisfies(e -> assertThat(e.after()).contains(sha));
        assertThatThrownBy(() -> Acting.as("us.cochair", Role.CO_CHAIR, "US", () -> statements.sign(id, 1)))
                .satisfies(refusedAs("refusal.statement.published"));
        assertThatThrownBy(() -> Acting.as("us.cochair", Role.CO_CHAIR, "US", () -> statements.publish(id)))
                .satisfies(refusedAs("refusal.statement.published"));
    }
}
