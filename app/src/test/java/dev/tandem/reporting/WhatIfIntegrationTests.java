package dev.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import dev.tandem.IntegrationTest;
import dev.tandem.common.InvalidInputException;
import dev.tandem.forum.CaseRouting;
import dev.tandem.reporting.WhatIf.Route;

/**
 * The demo's cases of 2018–2021, all judged by the working group's first charter (every case to the forum), under
 * the "Working Group 2.0" rules of the director-general consultation. Worked out by hand from the demo cases'
 * items and counterparties (README, "Cases and triage"):
 *
 * <pre>
 * case                      why                                         as triaged     under 2.0
 * railway survey            diesel only counted against the cap         forum (20)     alone (5)
 * Tamiflu and trucks        trucks, HS 87: 2397 para 7 -> exemption     UN (20)        UN (15)
 * video reunions            cameras and cable, HS 85 -> exemption       UN (20)        UN (15)
 * Kaesong owners' visit     nothing applies                             forum (20)     alone (5)
 * sugar-for-liquor barter   Korea Ryonbong, a listed counterparty       forum (20)     forum (15)
 * NGO package               medicines, formula, tablets: nothing        forum (20)     alone (5)
 * totals                    alone 0/3, forum 4/1, UN 2/2; working days 120/60
 * </pre>
 */
@IntegrationTest
@WithMockUser(username = "auditor", roles = "AUDITOR")
class WhatIfIntegrationTests {

    private static final ReportFilter DEMO_YEARS =
            new ReportFilter(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31), null, null);

    @Autowired
    WhatIf whatIf;
    @Autowired
    JdbcClient jdbc;

    @Test
    void retriagesTheDemoCasesUnderWorkingGroupTwoAsWorkedOutByHandAndChangesNothing() {
        List<Object> before = snapshot();

        WhatIf.Result result = whatIf.underStoredCharter(DEMO_YEARS, "rok-us-dg-consultation:1");

        assertThat(result.charterName()).isEqualTo("Working Group 2.0 rules");
        assertThat(result.cases()).isEqualTo(7);
        assertThat(result.before()).isEqualTo(Map.of(Route.ALONE, 0, Route.FORUM, 4, Route.UN, 3, Route.NONE, 0));
        assertThat(result.after()).isEqualTo(Map.of(Route.ALONE, 3, Route.FORUM, 1, Route.UN, 3, Route.NONE, 0));
        assertThat(result.workingDaysBefore()).isEqualTo(140);
        assertThat(result.workingDaysAfter()).isEqualTo(75);
        assertThat(result.changed()).extracting(c -> c.ref().substring(0, 6) + " " + c.before() + ">" + c.after()
                        + " " + c.daysBefore() + ">" + c.daysAfter())
                .containsExactly("T-2018 FORUM>ALONE 20>5", "T-2019 FORUM>ALONE 20>5", "T-2020 FORUM>ALONE 20>5");
        WhatIf.ChangedCase railway = result.changed().get(0);
        assertThat(railway.filedOn()).isEqualTo(LocalDate.of(2018, 11, 20));
        // five working days from Tuesday 2018-11-20 for ROK and US: Thanksgiving (US, 11-22) and the weekend skipped
        assertThat(railway.dueAfter()).isEqualTo(LocalDate.of(2018, 11, 28));
        assertThat(railway.underCharter().get(0).reasonEn()).contains("Working Group 2.0 rules").contains("alone");
        assertThat(railway.underCharter().get(0).reasonKo()).contains("워킹그룹 2.0 규칙");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void retriagesUnderADraftCharterThatIsNeverStored() {
        long charters = jdbc.sql("SELECT COUNT(*) FROM charter").query(Long.class).single();
        WhatIf.Result result = whatIf.underDraftCharter(DEMO_YEARS,
                new WhatIf.DraftCharter("Draft: joint review, 10 days", CaseRouting.JOINT_REVIEW_OF_ALL_CASES, null, 10));
        assertThat(result.after()).isEqualTo(Map.of(Route.ALONE, 0, Route.FORUM, 4, Route.UN, 3, Route.NONE, 0));
        // four cases on the 10-day forum clock, three on the 15-day UN clock beside it
        assertThat(result.workingDaysAfter()).isEqualTo(4 * 10 + 3 * 15);
        assertThat(result.changed()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM charter").query(Long.class).single()).isEqualTo(charters);
    }

    @Test
    void refusesAnUnknownCharterAndADraftWithoutAnObjectionWindow() {
        assertThatThrownBy(() -> whatIf.underStoredCharter(DEMO_YEARS, "no-such-forum:1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("charter");
                    assertThat(e.key()).isEqualTo("refusal.reporting.unknownCharter");
                });
        assertThatThrownBy(() -> whatIf.underDraftCharter(DEMO_YEARS,
                new WhatIf.DraftCharter("Draft", CaseRouting.SELECTIVE, null, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("draft.objectionWindowDays"));
    }

    /** Everything a triage could touch: the cases and their children, the cap ledger, screening, the journal. */
    private List<Object> snapshot() {
        return List.of(
                jdbc.sql("SELECT ref, status, forum_code, charter_forum_code, charter_version, version FROM case_file ORDER BY id")
                        .query().listOfRows(),
                jdbc.sql("SELECT case_id, position, authority, status, reason_en, working_days, due_on FROM case_clearance"
                        + " ORDER BY case_id, position").query().listOfRows(),
                jdbc.sql("SELECT case_id, position, rule_id, consequence FROM case_finding ORDER BY case_id, position")
                        .query().listOfRows(),
                jdbc.sql("SELECT COUNT(*) FROM case_status_event").query(Long.class).single(),
                jdbc.sql("SELECT cap_id, cap_year, case_ref, barrels FROM cap_entry ORDER BY case_ref, cap_id, cap_year")
                        .query().listOfRows(),
                jdbc.sql("SELECT COUNT(*) FROM screening_subject").query(Long.class).single(),
                jdbc.sql("SELECT id, status, version FROM screening_hit ORDER BY id").query().listOfRows(),
                jdbc.sql("SELECT last_seq, last_hash FROM journal_head").query().listOfRows());
    }
}
