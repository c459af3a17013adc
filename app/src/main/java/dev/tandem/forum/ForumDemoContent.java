package dev.tandem.forum;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.SystemActor;

/**
 * The story of 2018–2021 as data, loaded into an empty database: the parties, the ROK–US working group and its
 * co-chairs and charter, the director-general-level consultation with its "2.0" charter, and the inter-Korean
 * liaison office. The working group's end and hand-over come later ({@link ForumDemoEnding}), after the cases of
 * its time are filed, so that its open cases move to the successor the way they would in life.
 * Facts and dates: docs/domain/BRIEF.md §3 (sources S72, S73, S90, S110, S112–S117b, S117, S122, S124).
 * It goes through {@link ForumManagement}, so every step is checked and journaled like a person's.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class ForumDemoContent implements ApplicationRunner {

    static final String WORKING_GROUP = "rok-us-working-group";
    static final String DG_CONSULTATION = "rok-us-dg-consultation";
    static final String LIAISON_OFFICE = "inter-korean-liaison-office";

    private final ForumManagement forums;
    private final TransactionTemplate transaction;

    ForumDemoContent(ForumManagement forums, TransactionTemplate transaction) {
        this.forums = forums;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!forums.parties().isEmpty()) {
            return;
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        forums.registerParty("ROK", "Republic of Korea", "대한민국");
        forums.registerParty("US", "United States", "미국");
        forums.registerParty("DPRK", "Democratic People's Republic of Korea", "조선민주주의인민공화국");

        forums.establish(new NewForum(WORKING_GROUP, "ROK–US Working Group", "한미 워킹그룹",
                ForumKind.WORKING_GROUP, List.of("ROK", "US"), day("2018-11-20"),
                "Inaugural meeting in Washington, co-chaired by Stephen Biegun and Lee Do-hoon"));
        forums.appointCoChair(WORKING_GROUP, new CoChair("ROK", "Lee Do-hoon",
                "Special Representative for Korean Peninsula Peace and Security Affairs",
                day("2018-11-20"), null));
        forums.appointCoChair(WORKING_GROUP, new CoChair("US", "Stephen Biegun",
                "Special Representative for North Korea", day("2018-11-20"), day("2021-01-20")));
        // ends Lee Do-hoon's term on 2020-12-20
        forums.appointCoChair(WORKING_GROUP, new CoChair("ROK", "Noh Kyu-duk",
                "Special Representative for Korean Peninsula Peace and Security Affairs",
                day("2020-12-21"), day("2021-06-23")));
        forums.appointCoChair(WORKING_GROUP, new CoChair("US", "Sung Kim",
                "Special Envoy for North Korea", day("2021-05-21"), day("2021-06-23")));
        forums.recordEvent(WORKING_GROUP, ForumStatus.ACTIVE, day("2018-12-07"),
                "First working-level videoconference (DG Rhee Dong-yeol, DAS Alex Wong); co-chairs to meet about monthly");

        forums.adoptCharter(WORKING_GROUP, new ForumManagement.NewCharter("Working group charter", "워킹그룹 운영 규칙",
                day("2018-11-20"), DecisionRule.CONSENSUS_OF_CO_CHAIRS, 10, true, CaseRouting.JOINT_REVIEW_OF_ALL_CASES,
                5, 20, "Every inter-Korean project comes to the group for joint review, whatever it contains"));

        forums.establish(new NewForum(DG_CONSULTATION, "ROK–US Director-General-Level Consultation",
                "한미 국장급 협의", ForumKind.DG_CONSULTATION, List.of("ROK", "US"), day("2021-06-23"),
                "Agreed as the working group ends; to meet regularly rather than ad hoc"));
        forums.recordEvent(DG_CONSULTATION, ForumStatus.ACTIVE, day("2021-08-04"),
                "First meeting: DG Rim Kap-soo and Deputy Special Representative Jung Pak, with NSC, Treasury, DoD, "
                        + "MOU and the presidential office");
        forums.adoptCharter(DG_CONSULTATION, new ForumManagement.NewCharter("Working Group 2.0 rules", "워킹그룹 2.0 규칙",
                day("2021-06-23"), DecisionRule.NO_OBJECTION, 5, true, CaseRouting.SELECTIVE, 5, 15,
                "What must be discussed jointly is separated from what one side may do alone, as the "
                        + "'Working Group 2.0' proposal of 18 August 2020 asked; a party proceeds alone after notice "
                        + "when no item rule and no screening hit applies"));
        forums.appointCoChair(DG_CONSULTATION, new CoChair("ROK", "Rim Kap-soo", "Director-General",
                day("2021-08-04"), null));
        forums.appointCoChair(DG_CONSULTATION, new CoChair("US", "Jung Pak",
                "Deputy Special Representative for North Korea", day("2021-08-04"), null));

        forums.establish(new NewForum(LIAISON_OFFICE, "Inter-Korean Joint Liaison Office", "남북공동연락사무소",
                ForumKind.LIAISON_OFFICE, List.of("ROK", "DPRK"), day("2018-09-14"),
                "Opened in the Kaesong Industrial Zone, as agreed in the Panmunjom Declaration"));
        forums.appointCoChair(LIAISON_OFFICE, new CoChair("ROK", "Chun Hae-sung", "Vice Minister of Unification",
                day("2018-09-14"), null));
        forums.appointCoChair(LIAISON_OFFICE, new CoChair("DPRK", "Jon Jong-su", null, day("2018-09-14"), null));
        forums.recordEvent(LIAISON_OFFICE, ForumStatus.ACTIVE, day("2018-09-14"),
                "Around 20 ROK and 15–20 DPRK staff; weekly meetings of the heads; a 24-hour channel");
        forums.recordEvent(LIAISON_OFFICE, ForumStatus.CUT_OFF, day("2020-06-09"),
                "The DPRK severs all inter-Korean communication lines");
        forums.recordEvent(LIAISON_OFFICE, ForumStatus.SUSPENDED, day("2020-06-16"),
                "The DPRK demolishes the office building in Kaesong");
        forums.recordEvent(LIAISON_OFFICE, ForumStatus.RESTORED, day("2021-07-27"),
                "Communication lines restored after 413 days");
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
