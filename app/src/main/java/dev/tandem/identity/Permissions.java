package dev.tandem.identity;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import static dev.tandem.identity.Role.ADMINISTRATOR;
import static dev.tandem.identity.Role.APPLICANT;
import static dev.tandem.identity.Role.AUDITOR;
import static dev.tandem.identity.Role.CO_CHAIR;
import static dev.tandem.identity.Role.MEMBER;
import static dev.tandem.identity.Role.SECRETARIAT;

/**
 * Every role rule of Tandem, each named once (ADR 0012). Services say {@code @PreAuthorize("@permissions.maySeeForums()")},
 * templates {@code sec:authorize="@permissions.maySeeForums()"}, Java code calls the method; none of them lists
 * roles. A rule that needs the object in question too (an applicant's own case) says so in its name and is checked
 * by the service after it has loaded the object.
 * <p>
 * {@code PermissionsTests} fails when a service or template names roles instead, or names a rule that does not
 * exist here.
 */
@Component("permissions")
public class Permissions {

    /** Everyone who works for a party: every role but the applicant. */
    static final Set<Role> OFFICIALS = EnumSet.of(MEMBER, CO_CHAIR, SECRETARIAT, AUDITOR, ADMINISTRATOR);
    /** Those who run the working group's business: sessions, timelines, cases. */
    static final Set<Role> CLERKS = EnumSet.of(SECRETARIAT, ADMINISTRATOR);
    static final Set<Role> ADMINISTRATORS = EnumSet.of(ADMINISTRATOR);
    static final Set<Role> APPLICANTS = EnumSet.of(APPLICANT);
    /**
     * Who may give a screening hit its disposition: co-chairs, as the README's role table says; a high-scoring false
     * positive then needs a second one (ADR 0011).
     */
    static final Set<Role> HIT_DECIDERS = EnumSet.of(CO_CHAIR);
    /** A party's position is taken by its co-chair or by a member under the co-chair's delegation. */
    static final Set<Role> POSITION_TAKERS = EnumSet.of(CO_CHAIR, MEMBER);
    static final Set<Role> MEMBERS = EnumSet.of(MEMBER);
    static final Set<Role> NOTE_WRITERS = EnumSet.of(MEMBER, CO_CHAIR, SECRETARIAT);
    static final Set<Role> JOURNAL_READERS = EnumSet.of(AUDITOR, ADMINISTRATOR);
    /** A party's delegation at a session: who writes its readout and drafts joint statements with the partner. */
    static final Set<Role> DELEGATES = EnumSet.of(MEMBER, CO_CHAIR, SECRETARIAT);
    /** Who signs a joint statement for a party (the README: co-chairs sign off joint statements). */
    static final Set<Role> SIGNATORIES = EnumSet.of(CO_CHAIR);
    static final Set<Role> REPORT_EXPORTERS = EnumSet.of(CO_CHAIR, SECRETARIAT, AUDITOR, ADMINISTRATOR);

    private final CurrentUser user;

    Permissions(CurrentUser user) {
        this.user = user;
    }

    // --- forums and parties

    /** Read forums: their timelines, co-chairs, charters. */
    public boolean maySeeForums() {
        return user.hasAnyRole(OFFICIALS);
    }

    /** Record a forum's timeline events and hand its work over to a successor. */
    public boolean mayKeepForumRecords() {
        return user.hasAnyRole(CLERKS);
    }

    /** Establish forums, appoint co-chairs, adopt charters. */
    public boolean mayGovernForums() {
        return user.hasAnyRole(ADMINISTRATORS);
    }

    // --- accounts and parties

    /** Create, unlock, enable and disable accounts, reset passwords, register parties. */
    public boolean mayManageAccounts() {
        return user.hasAnyRole(ADMINISTRATORS);
    }

    // --- screening

    /** Read list versions, hits and screen names. */
    public boolean maySeeScreening() {
        return user.hasAnyRole(OFFICIALS);
    }

    /** Decide a screening hit (true match or false positive). */
    public boolean mayDecideHits() {
        return user.hasAnyRole(HIT_DECIDERS);
    }

    /** Import a new version of a sanctions list. */
    public boolean mayImportLists() {
        return user.hasAnyRole(ADMINISTRATORS);
    }

    // --- cases

    /** File, revise and submit cases and answer questions on them: an applicant, on its own cases. */
    public boolean mayFileCases() {
        return user.hasAnyRole(APPLICANTS);
    }

    /** Run cases through review: triage, questions, decisions, implementation, closing. */
    public boolean mayRunCases() {
        return user.hasAnyRole(CLERKS);
    }

    /** Withdraw a case or attach documents: an applicant on its own cases, a clerk on any. */
    public boolean mayWorkOnCases() {
        return mayFileCases() || mayRunCases();
    }

    // --- sessions, readouts and joint statements

    /** Read a forum's sessions, agendas, minutes, published readouts, joint statements and its tracks. */
    public boolean maySeeSessions() {
        return user.hasAnyRole(OFFICIALS);
    }

    /** Schedule, hold and cancel sessions; keep their attendance, agenda, outcomes and minutes. */
    public boolean mayRunSessions() {
        return user.hasAnyRole(CLERKS);
    }

    /** Write and publish the readout of one's own party. */
    public boolean mayWriteReadouts() {
        return user.hasAnyRole(DELEGATES);
    }

    /** Draft a joint statement and its next versions. */
    public boolean mayDraftStatements() {
        return user.hasAnyRole(DELEGATES);
    }

    /** Sign a version of a joint statement for one's party. */
    public boolean maySignStatements() {
        return user.hasAnyRole(SIGNATORIES);
    }

    /** Publish a joint statement every party has signed (a co-chair or the secretariat). */
    public boolean mayPublishStatements() {
        return maySignStatements() || mayRunSessions();
    }

    // --- deciding together (decision module)

    /** Read the forums' review queues, the items, their positions and clocks. */
    public boolean maySeeReviews() {
        return user.hasAnyRole(OFFICIALS);
    }

    /**
     * Take the party's position on an item: its co-chair, or a member the co-chair delegated to for the day (the
     * delegation is checked by the decision module, which keeps them).
     */
    public boolean mayTakePositionsForTheirParty() {
        return user.hasAnyRole(POSITION_TAKERS);
    }

    /** Take the party's positions without a delegation, adopt members' proposals, delegate to a member. */
    public boolean mayDecideForTheirParty() {
        return user.hasAnyRole(HIT_DECIDERS);
    }

    /** Propose a position for the party's co-chair to adopt. */
    public boolean mayProposePositions() {
        return user.hasAnyRole(MEMBERS);
    }

    /** Circulate written no-objection procedures, put items on a session's agenda, record session outcomes. */
    public boolean mayRunReviews() {
        return user.hasAnyRole(CLERKS);
    }

    // --- working days

    /** Add and remove the parties' public holidays, the days the working-day clocks skip. */
    public boolean mayManageHolidays() {
        return user.hasAnyRole(ADMINISTRATORS);
    }

    // --- party-internal notes (whose notes a user sees is the party's rule, in the notes module)

    /** Read the notes of one's own party: every official (each belongs to a party); never an applicant. */
    public boolean mayReadNotes() {
        return user.hasAnyRole(OFFICIALS);
    }

    /** Write notes for one's own party: those who work on the cases; auditors and administrators change nothing here. */
    public boolean mayWriteNotes() {
        return user.hasAnyRole(NOTE_WRITERS);
    }

    // --- UN 1718 exemptions

    /** Read exemption requests, their packages, steps, shipments and extensions. */
    public boolean maySeeExemptions() {
        return user.hasAnyRole(OFFICIALS);
    }

    /** Draft exemption requests, generate their packages, record their steps, shipments and extensions. */
    public boolean mayRunExemptions() {
        return user.hasAnyRole(CLERKS);
    }

    // --- journal

    /** Read and verify the journal. */
    public boolean mayReadJournal() {
        return user.hasAnyRole(JOURNAL_READERS);
    }

    // --- reports

    /** Read the dashboard, run a "what if" and read the PDF report: every official of a party. */
    public boolean maySeeReports() {
        return user.hasAnyRole(OFFICIALS);
    }

    /**
     * Export report tables as CSV or JSON, one row per case included: officials who run or audit the work (the
     * secretariat, auditors, administrators) and co-chairs.
     */
    public boolean mayExportReports() {
        return user.hasAnyRole(REPORT_EXPORTERS);
    }

    /** The role names of a rule, for the URL fences of {@code SecurityConfiguration}. */
    static String[] roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }
}
