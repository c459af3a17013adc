package dev.tandem.session;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumStatus;
import dev.tandem.forum.ForumSummary;
import dev.tandem.identity.CurrentUser;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * The session module's API for joint statements: drafting versions, comparing them, signing for a party and
 * publishing (see {@link JointStatement}). The statement is loaded and saved with a version check, so of two
 * co-chairs acting at once one gets a conflict and tries again on what the other did.
 */
@Service
public class JointStatements {

    private final Statements statements;
    private final Sessions sessions;
    private final ForumManagement forums;
    private final CurrentUser user;
    private final Journal journal;
    private final Clock clock;

    JointStatements(Statements statements, Sessions sessions, ForumManagement forums, CurrentUser user,
                    Journal journal, Clock clock) {
        this.statements = statements;
        this.sessions = sessions;
        this.forums = forums;
        this.user = user;
        this.journal = journal;
        this.clock = clock;
    }

    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<JointStatement> statements(String forumCode) {
        forum(forumCode);
        return statements.ofForum(forumCode);
    }

    /** Drafts of this forum that moved to its successor. */
    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<JointStatement> carriedOver(String forumCode) {
        return statements.carriedFrom(forumCode);
    }

    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public JointStatement statement(long id) {
        return find(id);
    }

    @PreAuthorize("@permissions.mayDraftStatements()")
    @Transactional
    public JointStatement draft(String forumCode, SessionCommands.NewStatement command) {
        ForumSummary forum = forum(forumCode);
        if (forum.status() == ForumStatus.TERMINATED) {
            throw new RuleViolationException("forum", "refusal.session.forumTerminated", forumCode);
        }
        requirePartyOf(forum);
        if (command.session() != null) {
            sessions.byId(command.session()).filter(s -> s.forumCode().equals(forumCode))
                    .orElseThrow(() -> new NotFoundException("session", "session", command.session()));
        }
        JointStatement saved = statements.save(JointStatement.draft(forumCode, command.session(),
                command.title().strip(), command.textEn(), command.textKo(), user.actorName(), now()));
        journal.record(Change.of("statement.drafted", "statement", saved.id()).to(StatementState.of(saved)));
        return saved;
    }

    @PreAuthorize("@permissions.mayDraftStatements()")
    @Transactional
    public JointStatement redraft(long id, SessionCommands.Redraft command) {
        JointStatement statement = find(id);
        requirePartyOf(forum(statement.forumCode()));
        StatementState before = StatementState.of(statement);
        statement.redraft(command.textEn(), command.textKo(), user.actorName(), now());
        JointStatement saved = statements.save(statement);
        journal.record(Change.of("statement.redrafted", "statement", id).from(before).to(StatementState.of(saved)));
        return saved;
    }

    /** The caller, a co-chair, signs a version for its party (a party of the statement's forum). */
    @PreAuthorize("@permissions.maySignStatements()")
    @Transactional
    public JointStatement sign(long id, int number) {
        JointStatement statement = find(id);
        String party = requirePartyOf(forum(statement.forumCode()));
        StatementState before = StatementState.of(statement);
        statement.sign(party, number, user.actorName(), now());
        JointStatement saved = statements.save(statement);
        journal.record(Change.of("statement.signed", "statement", id).from(before).to(StatementState.of(saved)));
        return saved;
    }

    /** Publishes the version every party of the forum signed; its SHA-256 goes into the journal. */
    @PreAuthorize("@permissions.mayPublishStatements()")
    @Transactional
    public JointStatement publish(long id) {
        JointStatement statement = find(id);
        ForumSummary forum = forum(statement.forumCode());
        StatementState before = StatementState.of(statement);
        statement.publish(forum.parties(), now());
        JointStatement saved = statements.save(statement);
        journal.record(Change.of("statement.published", "statement", id).from(before).to(StatementState.of(saved)));
        return saved;
    }

    /** Two versions side by side, the English and the Korean text each compared line by line. */
    public record Comparison(int from, int to, List<TextDiff.Line> english, List<TextDiff.Line> korean) {
    }

    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public Comparison compare(long id, int from, int to) {
        JointStatement statement = find(id);
        StatementVersion a = version(statement, from, "from");
        StatementVersion b = version(statement, to, "to");
        return new Comparison(from, to, TextDiff.of(a.textEn(), b.textEn()), TextDiff.of(a.textKo(), b.textKo()));
    }

    private static StatementVersion version(JointStatement statement, int number, String field) {
        return statement.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException(field, "statementVersion", number));
    }

    private String requirePartyOf(ForumSummary forum) {
        String party = user.party().orElseThrow(() -> new RuleViolationException("party", "refusal.session.noParty"));
        if (!forum.parties().contains(party)) {
            throw new RuleViolationException("party", "refusal.session.notAParty", party, forum.code());
        }
        return party;
    }

    private JointStatement find(long id) {
        return statements.byId(id).orElseThrow(() -> new NotFoundException("id", "statement", id));
    }

    private ForumSummary forum(String code) {
        return forums.summary(code).orElseThrow(() -> new NotFoundException("forum", "forum", code));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** What the journal keeps of a statement: its texts' hashes, signatures and publication. */
    record StatementState(String forum, String title, List<VersionState> versions, List<Signature> signatures,
                          Integer publishedVersion, String publishedSha256, String carriedFromForum) {
        static StatementState of(JointStatement s) {
            return new StatementState(s.forumCode(), s.title(), s.versions().stream().map(VersionState::of).toList(),
                    s.signatures(), s.publishedVersion(), s.publishedSha256(), s.carriedFromForum());
        }
    }

    record VersionState(int number, String sha256, String draftedBy) {
        static VersionState of(StatementVersion v) {
            return new VersionState(v.number(), JointStatement.sha256(v), v.draftedBy());
        }
    }
}
