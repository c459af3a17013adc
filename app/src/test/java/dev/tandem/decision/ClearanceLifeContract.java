package dev.tandem.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.Acting;
import dev.tandem.calendar.HolidayEntry;
import dev.tandem.calendar.HolidayKind;
import dev.tandem.calendar.HolidayManagement;
import dev.tandem.calendar.NewHoliday;
import dev.tandem.calendar.WorkingCalendar;
import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.casefile.CaseStatus;
import dev.tandem.clock.DeadlineCancelled;
import dev.tandem.clock.DeadlineReached;
import dev.tandem.clock.DeadlineSet;
import dev.tandem.clock.PartiesNotified;
import dev.tandem.common.RuleViolationException;
import dev.tandem.common.SystemActor;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.DecisionRule;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumStatus;
import dev.tandem.journal.Journal;
import dev.tandem.journal.JournalEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Clearances that move, end to end on the running application: a case is submitted through the API, its clearance
 * gets its life here, the parties take positions, clocks run out (the test publishes {@link DeadlineReached} as the
 * clock module would) and the case follows. Run on H2 and on PostgreSQL (the row lock that orders two positions taken
 * at once is the database's).
 */
@RecordApplicationEvents
abstract class ClearanceLifeContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    ForumManagement forums;
    @Autowired
    ForumReviews reviews;
    @Autowired
    PartyPositions positions;
    @Autowired
    CaseManagement cases;
    @Autowired
    Journal journal;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    HolidayManagement holidays;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;

    private String forum() {
        return DecisionFixture.forum(forums, DecisionRule.NO_OBJECTION, CaseRouting.SELECTIVE);
    }

    /** The case's only clearance, a partner notice under a selective charter. */
    private ReviewItem noticeOf(String ref) {
        List<ReviewItem> items = Acting.secretariat(() -> reviews.ofCase(ref));
        assertThat(items).extracting(ReviewItem::authority).containsExactly("PARTNER_NOTICE");
        return items.get(0);
    }

    private ReviewItem find(long id) {
        return Acting.secretariat(() -> reviews.find(id));
    }

    private CaseFile caseFile(String ref) {
        return Acting.secretariat(() -> cases.caseFile(ref));
    }

    private void reach(String kind, ReviewItem item) {
        SystemActor.run(() -> publisher.publishEvent(new DeadlineReached(kind, String.valueOf(item.id()), item.dueAt())));
    }

    private List<String> actions(String type, Object id) {
        return journal.entries(null, 50, type, String.valueOf(id)).stream().map(JournalEntry::action).toList();
    }

    /** A partner notice that the US objected to, now in the forum's queue. */
    private ReviewItem escalated(String forum) throws Exception {
        ReviewItem notice = noticeOf(DecisionFixture.submitted(mvc, forum, DecisionFixture.CLEAN_CASE));
        Acting.usCoChair(() -> positions.take(notice.id(), new TakePosition(PositionKind.OBJECT,
                "Cold-chain storage needs a joint look")));
        return find(notice.id());
    }

    @Test
    void clearsAPartnerNoticeWhenItsWindowPassesInSilence() throws Exception {
        String ref = DecisionFixture.submitted(mvc, forum(), DecisionFixture.CLEAN_CASE);
        ReviewItem notice = noticeOf(ref);
        LocalDate today = notice.openedOn();
        assertThat(notice.stage()).isEqualTo(Stage.NOTICE);
        assertThat(notice.dueOn()).isEqualTo(calendar.addWorkingDays(today, 5, Set.of("US")));
        assertThat(events.stream(PartiesNotified.class)).anyMatch(n -> n.parties().equals(Set.of("US"))
                && n.link().equals("/reviews/" + notice.id()));
        assertThat(events.stream(DeadlineSet.class)).anyMatch(d -> d.kind().equals("partner-notice")
                && d.key().equals(String.valueOf(notice.id())) && d.dueAt().equals(notice.dueAt()));

        reach("partner-notice", notice);

        ReviewItem cleared = find(notice.id());
        assertThat(cleared.stage()).isEqualTo(Stage.DECIDED);
        assertThat(cleared.outcome()).isEqualTo(Outcome.APPROVED);
        CaseFile file = caseFile(ref);
        assertThat(file.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(file.clearances().get(0).status()).isEqualTo("APPROVED");
        assertThat(actions("review", notice.id())).contains("decision.clearance-opened", "decision.clock-ran-out");
        assertThat(actions("case", ref)).contains("casefile.decided");

        reach("partner-notice", notice); // a repeated deadline changes nothing
        assertThat(actions("review", notice.id()).stream().filter("decision.clock-ran-out"::equals)).hasSize(1);
    }

    @Test
    void sendsAPartnerNoticeToTheForumsQueueWhenThePartnerObjects() throws Exception {
        String forum = forum();
        ReviewItem item = escalated(forum);
        assertThat(item.stage()).isEqualTo(Stage.QUEUED);
        assertThat(item.positions()).extracting(PositionView::party, PositionView::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("US", PositionKind.OBJECT));
        assertThat(events.stream(DeadlineCancelled.class)).anyMatch(c -> c.key().equals(String.valueOf(item.id())));
        assertThat(Acting.secretariat(() -> reviews.queue(forum))).extracting(ReviewItem::id).containsExactly(item.id());
        assertThat(caseFile(item.caseRef()).status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThatThrownBy(() -> Acting.rokCoChair(() -> positions.take(item.id(),
                new TakePosition(PositionKind.OBJECT, " ")))).hasMessageContaining("an objection needs its reason");
    }

    @Test
    void approvesAWrittenProcedureOnSilenceAtItsDeadline() throws Exception {
        ReviewItem queued = escalated(forum());
        ReviewItem circulated = Acting.secretariat(() -> reviews.circulate(queued.id()));
        assertThat(circulated.stage()).isEqualTo(Stage.PROCEDURE);
        assertThat(circulated.dueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.now(clock), 5, Set.of("ROK", "US")));
        assertThat(circulated.positions()).as("a procedure is a new round").isEmpty();
        assertThat(events.stream(DeadlineSet.class)).anyMatch(d -> d.kind().equals("no-objection")
                && d.key().equals(String.valueOf(queued.id())) && d.remindParties().equals(Set.of("ROK", "US")));

        reach("no-objection", circulated);

        ReviewItem decided = find(queued.id());
        assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.outcomeReason()).contains("no objection by the end of the written procedure");
        assertThat(caseFile(queued.caseRef()).status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void endsAWrittenProcedureOnAnObjection() throws Exception {
        ReviewItem circulated = circulate(escalated(forum()));
        Acting.rokCoChair(() -> positions.take(circulated.id(), new TakePosition(PositionKind.OBJECT,
                "The consignee changed")));
        ReviewItem back = find(circulated.id());
        assertThat(back.stage()).as("back to the queue for a session (ADR 0015)").isEqualTo(Stage.QUEUED);
        assertThat(events.stream(DeadlineCancelled.class)).anyMatch(c -> c.kind().equals("no-objection")
                && c.key().equals(String.valueOf(circulated.id())));
        reach("no-objection", circulated); // the old deadline no longer decides anything
        assertThat(find(circulated.id()).stage()).isEqualTo(Stage.QUEUED);
        assertThat(actions("review", circulated.id())).contains("decision.procedure-circulated",
                "decision.position-taken");
    }

    @Test
    void stopsTheProcedureClockWhileHeldAndStartsItAgainWhenLifted() throws Exception {
        ReviewItem circulated = circulate(escalated(forum()));
        LocalDate due = circulated.dueOn();
        Acting.usCoChair(() -> positions.take(circulated.id(), new TakePosition(PositionKind.HOLD, null)));
        ReviewItem held = find(circulated.id());
        assertThat(held.stopped()).isTrue();
        assertThat(held.holders()).containsExactly("US");
        assertThat(held.remainingDays()).isEqualTo(calendar.workingDaysBetween(LocalDate.now(clock), due, Set.of("ROK", "US")));
        assertThat(events.stream(DeadlineCancelled.class)).anyMatch(c -> c.key().equals(String.valueOf(held.id())));
        reach("no-objection", circulated); // the clock is stopped: its old deadline decides nothing
        assertThat(find(held.id()).stage()).isEqualTo(Stage.PROCEDURE);

        Acting.usCoChair(() -> positions.take(held.id(), new TakePosition(PositionKind.CONCUR_WITH_CONDITIONS,
                "Delivery monitored by the resident coordinator")));
        ReviewItem lifted = find(held.id());
        assertThat(lifted.dueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.now(clock), held.remainingDays(),
                Set.of("ROK", "US")));
        assertThat(events.stream(DeadlineSet.class).filter(d -> d.key().equals(String.valueOf(held.id()))
                && d.kind().equals("no-objection"))).hasSize(2);
        reach("no-objection", lifted);
        assertThat(find(held.id()).outcome()).isEqualTo(Outcome.APPROVED_WITH_CONDITIONS);
    }

    @Test
    void judgesTwoHoldsOfOnePartyTakenAtOnceOneAfterTheOther() throws Exception {
        ReviewItem circulated = circulate(escalated(forum()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    Acting.usCoChair(() -> positions.take(circulated.id(), new TakePosition(PositionKind.HOLD, null)));
                    return "taken";
                } catch (RuleViolationException e) {
                    return e.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("taken", "kind: party US already holds this item");
        assertThat(Acting.secretariat(() -> reviews.history(circulated.id())).stream()
                .filter(p -> p.kind() == PositionKind.HOLD)).hasSize(1);
    }

    @Test
    void refusesToTerminateAForumWithOpenWorkUnlessASuccessorTakesIt() throws Exception {
        String old = forum();
        String successor = forum();
        ReviewItem notice = noticeOf(DecisionFixture.submitted(mvc, old, DecisionFixture.CLEAN_CASE));
        ReviewItem procedure = circulate(escalated(old));
        Acting.usCoChair(() -> positions.take(procedure.id(), new TakePosition(PositionKind.HOLD, null)));

        assertThatThrownBy(() -> SystemActor.run(() -> forums.recordEvent(old, ForumStatus.TERMINATED,
                LocalDate.now(clock), "ended"))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("still has 2 open item(s)");
        assertThat(forums.summary(old).orElseThrow().status()).isNotEqualTo(ForumStatus.TERMINATED);

        SystemActor.run(() -> forums.terminate(old, LocalDate.now(clock), "ended", successor, "work moves on"));

        ReviewItem movedNotice = find(notice.id());
        ReviewItem movedProcedure = find(procedure.id());
        assertThat(movedNotice.forumCode()).isEqualTo(successor);
        assertThat(movedNotice.movedFrom()).isEqualTo(old);
        assertThat(movedNotice.stage()).isEqualTo(Stage.NOTICE);
        assertThat(movedNotice.dueOn()).isEqualTo(notice.dueOn());
        assertThat(movedProcedure.forumCode()).isEqualTo(successor);
        assertThat(movedProcedure.holders()).as("the hold moves with the item").containsExactly("US");
        assertThat(events.stream(DeadlineSet.class).filter(d -> d.key().equals(String.valueOf(notice.id()))))
                .as("the notice's clock set again for the successor").hasSize(2);
        assertThat(actions("review", notice.id())).contains("decision.handed-over");
        assertThat(actions("review", procedure.id())).contains("decision.handed-over");
        assertThat(Acting.secretariat(() -> reviews.items(old))).extracting(ReviewItem::id)
                .as("the old forum still lists what it handed over").contains(notice.id(), procedure.id());
        assertThat(forums.openWork(old)).isEmpty();
        assertThat(forums.openWork(successor)).hasSize(2);
    }

    @Test
    void movesARunningNoticesDueDateAndDeadlineWithAHolidayAddedInsideItsWindowAndBackWhenRemoved() throws Exception {
        String ref = DecisionFixture.submitted(mvc, forum(), DecisionFixture.CLEAN_CASE);
        ReviewItem notice = noticeOf(ref);
        LocalDate due = notice.dueOn();
        LocalDate caseDue = caseFile(ref).clearances().get(0).dueOn();
        LocalDate inside = calendar.addWorkingDays(notice.openedOn(), 2, Set.of("ROK", "US"));
        HolidayEntry added = holiday("US", inside);
        try {
            ReviewItem moved = find(notice.id());
            assertThat(moved.dueOn()).isEqualTo(calendar.addWorkingDays(due, 1, Set.of("US"))).isAfter(due);
            assertThat(events.stream(DeadlineSet.class)).anyMatch(d -> d.key().equals(String.valueOf(notice.id()))
                    && d.dueAt().equals(moved.dueAt()));
            assertThat(scheduledDueAt(notice.id())).isEqualTo(moved.dueAt());
            assertThat(executions(notice.id())).as("the scheduler looks at the new moment only")
                    .containsExactly(moved.dueAt());
            assertThat(actions("review", notice.id())).contains("decision.due-recounted");
            assertThat(caseFile(ref).clearances().get(0).dueOn()).as("the case's clearance follows")
                    .isEqualTo(calendar.addWorkingDays(caseDue, 1, Set.of("ROK", "US")));
            assertThat(actions("case", ref)).contains("casefile.clearance-due-recounted");
        } finally {
            removeHoliday(added);
        }
        ReviewItem back = find(notice.id());
        assertThat(back.dueOn()).isEqualTo(due);
        assertThat(scheduledDueAt(notice.id())).isEqualTo(notice.dueAt());
        assertThat(executions(notice.id())).containsExactly(notice.dueAt());
        assertThat(actions("review", notice.id()).stream().filter("decision.due-recounted"::equals)).hasSize(2);
        assertThat(caseFile(ref).clearances().get(0).dueOn()).isEqualTo(caseDue);
    }

    @Test
    void leavesADueDateWhenTheHolidayIsOutsideTheWindowOrAnotherPartys() throws Exception {
        String ref = DecisionFixture.submitted(mvc, forum(), DecisionFixture.CLEAN_CASE);
        ReviewItem notice = noticeOf(ref);
        LocalDate caseDue = caseFile(ref).clearances().get(0).dueOn();
        LocalDate inside = calendar.addWorkingDays(notice.openedOn(), 2, Set.of("ROK", "US"));
        LocalDate after = calendar.addWorkingDays(java.util.Collections.max(List.of(notice.dueOn(), caseDue)), 1,
                Set.of("ROK", "US"));
        HolidayEntry outside = holiday("US", after);
        HolidayEntry otherParty = holiday("ROK", inside); // the notice waits on the partner (US) alone
        try {
            assertThat(find(notice.id()).dueOn()).isEqualTo(notice.dueOn());
            assertThat(scheduledDueAt(notice.id())).isEqualTo(notice.dueAt());
            assertThat(actions("review", notice.id())).doesNotContain("decision.due-recounted");
            assertThat(caseFile(ref).clearances().get(0).dueOn()).as("triage counted both parties' days")
                    .isEqualTo(calendar.addWorkingDays(caseDue, 1, Set.of("ROK", "US")));
        } finally {
            removeHoliday(otherParty);
            removeHoliday(outside);
        }
        assertThat(find(notice.id()).dueOn()).isEqualTo(notice.dueOn());
        assertThat(caseFile(ref).clearances().get(0).dueOn()).isEqualTo(caseDue);
    }

    private HolidayEntry holiday(String party, LocalDate day) {
        return Acting.administrator(() -> holidays.add(new NewHoliday(party, day,
                "Closure " + java.util.UUID.randomUUID(), "휴무", HolidayKind.TEMPORARY, null)));
    }

    private void removeHoliday(HolidayEntry holiday) {
        Acting.administrator(() -> holidays.remove(holiday.id()));
    }

    /** When the clock module will look at the review's deadline: its stored row, which its executions follow. */
    private java.time.Instant scheduledDueAt(long reviewId) {
        return jdbc.sql("SELECT due_at FROM deadline WHERE kind = 'partner-notice' AND deadline_key = :key")
                .param("key", String.valueOf(reviewId)).query(java.time.OffsetDateTime.class).single().toInstant();
    }

    private List<java.time.Instant> executions(long reviewId) {
        long deadline = jdbc.sql("SELECT id FROM deadline WHERE kind = 'partner-notice' AND deadline_key = :key")
                .param("key", String.valueOf(reviewId)).query(Long.class).single();
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'deadline' AND task_instance LIKE :id")
                .param("id", deadline + "@%").query(java.time.OffsetDateTime.class).list().stream()
                .map(java.time.OffsetDateTime::toInstant).toList();
    }

    private ReviewItem circulate(ReviewItem queued) {
        return Acting.secretariat(() -> reviews.circulate(queued.id()));
    }
}
