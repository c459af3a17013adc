package dev.tandem.casefile;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.Acting;
import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.DecisionRule;
import dev.tandem.forum.ForumManagement;
import dev.tandem.journal.Journal;
import dev.tandem.journal.JournalEntry;
import dev.tandem.screening.ListImport;
import dev.tandem.screening.core.list.ListSource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseTriageIntegrationTests {

    @Autowired
    CaseTriage triage;
    @Autowired
    CaseManagement cases;
    @Autowired
    CaseFiles files;
    @Autowired
    ForumManagement forums;
    @Autowired
    ListImport listImport;
    @Autowired
    Journal journal;

    @TempDir
    Path dir;

    /** A selective forum of this class's own, so that no test depends on the demo's forums. */
    private static String ownForum;

    private static CaseDraft sugarAndTrucks(String counterparty) {
        return new CaseDraft("Sugar and the trucks that carry it", "Sugar for a bakery in Kaesong",
                CaseCategory.TRADE, null, null, null, false,
                List.of(new LineItem("Sugar", null, new BigDecimal("20"), "t", "1701.99", null, null, "TO", false, false)),
                List.of(new Counterparty(CounterpartyRole.CONSIGNEE, counterparty, "ORGANISATION", "North Korea")));
    }

    private CaseFile fileAs(String applicant, CaseDraft draft) {
        return Acting.as(applicant, "APPLICANT", null, () -> {
            if (ownForum == null) {
                ownForum = TestForums.selective(forums);
            }
            CaseFile file = cases.fileDraft(new CaseDraft(draft.title(), draft.purpose(), draft.category(),
                    draft.route(), draft.plannedFrom(), draft.plannedTo(), draft.jointVenture(), draft.items(),
                    draft.counterparties(), draft.declarations(), ownForum));
            return cases.submit(file.ref(), file.version());
        });
    }

    @Test
    void routesTheSameCaseDifferentlyUnderTheFirstCharterAndUnderWorkingGroupTwo() {
        CaseFile file = files.save(CaseFile.draft(sugarAndTrucks("Kaesong Bakery Cooperative"), "applicant", "Hanbit",
                "rok-us-working-group", java.time.Instant.parse("2019-03-01T00:00:00Z")));
        CaseTriage.Outcome first = triage.triage(file, LocalDate.of(2019, 3, 1));
        file.handOverTo("rok-us-dg-consultation");
        CaseTriage.Outcome second = triage.triage(file, LocalDate.of(2021, 9, 1));

        assertThat(first.clearances()).extracting(Clearance::authority).containsExactly("FORUM_REVIEW");
        assertThat(first.clearances().get(0).reasonEn()).contains("Working group charter");
        assertThat(second.clearances()).extracting(Clearance::authority).containsExactly("PARTNER_NOTICE");
        assertThat(second.clearances().get(0).reasonEn()).contains("Working Group 2.0 rules").contains("alone");
        assertThat(second.clearances().get(0).reasonKo()).isNotBlank();
        assertThat(first.charterVersion()).isEqualTo(1);
        assertThat(second.charterVersion()).isEqualTo(1);
    }

    @Test
    void sendsACaseToTheForumWhenACounterpartyIsListed() {
        CaseFile submitted = fileAs("applicant2", sugarAndTrucks("Korea Ryonbong General Corporation"));
        assertThat(submitted.clearances()).extracting(Clearance::authority).contains("FORUM_REVIEW");
        assertThat(submitted.clearances().get(0).reasonEn()).containsIgnoringCase("ryonbong");
    }

    @Test
    void sendsACaseToTheForumWhenAListedPersonIsDisguisedWithInvisibleCharacters() {
        // KPi.053 RI YONG MU with zero-width spaces between the letters: before names were cleaned, no hit and "clear"
        CaseDraft sugar = sugarAndTrucks("Kaesong Bakery Cooperative");
        CaseDraft disguised = new CaseDraft(sugar.title(), sugar.purpose(), sugar.category(), null, null, null, false,
                sugar.items(), List.of(new Counterparty(CounterpartyRole.END_USER, "R\u200bi Y\u200bo\u200bng M\u200bu",
                        "PERSON", "North Korea")));

        CaseFile submitted = fileAs("applicant2", disguised);

        assertThat(submitted.clearances()).extracting(Clearance::authority).contains("FORUM_REVIEW");
        assertThat(submitted.clearances()).extracting(Clearance::reasonEn).anyMatch(r -> r.contains("KPi.053") || r.toUpperCase().contains("RI YONG MU"));
    }

    @Test
    void retriagesACaseWhenANewListNamesItsCounterparty() throws Exception {
        CaseFile submitted = fileAs("applicant2", sugarAndTrucks("Taedonggang Sugar Trading Company"));
        assertThat(submitted.clearances()).extracting(Clearance::authority).containsExactly("PARTNER_NOTICE");

        Path list = Files.writeString(dir.resolve("entities.json"), """
                {"id":"os-sugar-1","schema":"Company","properties":{"name":["Taedonggang Sugar Trading Company"],"country":["kp"],"program":["DPRK"]}}
                """);
        SystemActor.run(() -> listImport.importFile(ListSource.OPENSANCTIONS, list, "entities.json"));

        CaseFile after = files.byRef(submitted.ref()).orElseThrow();
        assertThat(after.clearances()).extracting(Clearance::authority).contains("FORUM_REVIEW");
        List<JournalEntry> entries = journal.entries(null, 20, "case", submitted.ref());
        assertThat(entries).extracting(JournalEntry::action).contains("casefile.retriaged");
        assertThat(entries.get(0).reason()).contains("new screening hit").contains("os-sugar-1")
                .contains("PARTNER_NOTICE").contains("FORUM_REVIEW");
    }

    @Test
    void keepsTheCharterACaseWasFiledUnderUntilAPersonRetriagesIt() {
        // a forum of its own, so that other tests keep the demo forums' charters
        String forum = "charter-test-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> {
            forums.establish(new dev.tandem.forum.NewForum(forum, "Charter test", "규칙 시험",
                    dev.tandem.forum.ForumKind.WORKING_GROUP, List.of("ROK", "US"), LocalDate.of(2020, 1, 1), null));
            forums.adoptCharter(forum, new ForumManagement.NewCharter("Selective rules", "선별 규칙",
                    LocalDate.of(2020, 1, 1), DecisionRule.NO_OBJECTION, 5, true, CaseRouting.SELECTIVE, 5, 10, null));
        });
        CaseFile draft = files.save(CaseFile.draft(sugarAndTrucks("Kaesong Bakery Cooperative"), "applicant", "Hanbit",
                forum, java.time.Instant.now()));
        CaseFile submitted = Acting.as("applicant", "APPLICANT", null,
                () -> cases.submit(draft.ref(), draft.version()));
        assertThat(submitted.clearances()).extracting(Clearance::authority).containsExactly("PARTNER_NOTICE");
        assertThat(submitted.charterVersion()).isEqualTo(1);

        SystemActor.run(() -> forums.adoptCharter(forum, new ForumManagement.NewCharter(
                "Joint review again", "다시 공동 검토", LocalDate.now(), DecisionRule.CONSENSUS_OF_CO_CHAIRS, 5, true,
                CaseRouting.JOINT_REVIEW_OF_ALL_CASES, 5, 10, "every case to the forum again")));

        CaseFile unchanged = files.byRef(submitted.ref()).orElseThrow();
        assertThat(unchanged.charterVersion()).isEqualTo(1);
        assertThat(unchanged.clearances()).extracting(Clearance::authority).containsExactly("PARTNER_NOTICE");

        CaseFile retriaged = SystemActor.call(() -> cases.retriage(submitted.ref(), "charter changed"));
        assertThat(retriaged.charterVersion()).isEqualTo(2);
        assertThat(retriaged.clearances()).extracting(Clearance::authority).containsExactly("FORUM_REVIEW");
        assertThat(journal.entries(null, 5, "case", submitted.ref()).get(0).reason())
                .contains("charter changed").contains("charterVersion");
    }

    @Test
    void keepsThePredecessorsCharterByForumAndVersionAfterAHandOver() throws Exception {
        // both forums have a charter 1; the case was judged under the predecessor's and must stay judged by it
        String predecessor = TestForums.takingCases(forums, CaseRouting.JOINT_REVIEW_OF_ALL_CASES,
                LocalDate.of(2019, 1, 1), "Predecessor joint rules");
        String successor = TestForums.takingCases(forums, CaseRouting.SELECTIVE, LocalDate.of(2019, 1, 1),
                "Successor selective rules");
        String company = "Hwanggumpyong Apple Export Company";
        CaseFile file = files.save(CaseFile.draft(sugarAndTrucks(company), "applicant", "Hanbit", predecessor,
                java.time.Instant.parse("2019-03-01T00:00:00Z")));
        file.submit(LocalDate.of(2019, 3, 1), java.time.Instant.parse("2019-03-01T01:00:00Z"), "applicant");
        CaseTriage.Outcome outcome = triage.triage(file, LocalDate.of(2019, 3, 1));
        file.triaged(outcome.ruleVersion(), outcome.charterForum(), outcome.charterVersion(), outcome.findings(),
                outcome.clearances());
        String ref = files.save(file).ref();

        SystemActor.run(() -> {
            forums.recordEvent(predecessor, dev.tandem.forum.ForumStatus.TERMINATED, LocalDate.now(), "ended");
            forums.handOver(predecessor, successor, "work moves on");
        });
        CaseFile handedOver = files.byRef(ref).orElseThrow();
        assertThat(handedOver.forumCode()).isEqualTo(successor);
        assertThat(handedOver.charterForum()).isEqualTo(predecessor);
        assertThat(handedOver.charterVersion()).isEqualTo(1);

        // a new list names the counterparty: the case is triaged again, still under the predecessor's charter 1
        Path list = Files.writeString(dir.resolve("apples.json"), """
                {"id":"os-apple-1","schema":"Company","properties":{"name":["%s"],"country":["kp"],"program":["DPRK"]}}
                """.formatted(company));
        SystemActor.run(() -> listImport.importFile(ListSource.OPENSANCTIONS, list, "apples.json"));
        CaseFile rejudged = files.byRef(ref).orElseThrow();
        assertThat(journal.entries(null, 5, "case", ref)).extracting(JournalEntry::action).contains("casefile.retriaged");
        assertThat(rejudged.charterForum()).isEqualTo(predecessor);
        assertThat(rejudged.charterVersion()).isEqualTo(1);
        assertThat(rejudged.clearances()).extracting(Clearance::authority).contains("FORUM_REVIEW");
        assertThat(rejudged.clearances().get(0).reasonEn()).contains("Predecessor joint rules")
                .doesNotContain("Successor selective rules");
    }
}
