package dev.tandem.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.common.InvalidInputException;

import static dev.tandem.rules.RulesFixture.CURRENT;
import static dev.tandem.rules.RulesFixture.aircraftPart;
import static dev.tandem.rules.RulesFixture.caseOf;
import static dev.tandem.rules.RulesFixture.judge;
import static dev.tandem.rules.RulesFixture.militaryUse;
import static dev.tandem.rules.RulesFixture.to;
import static dev.tandem.rules.RulesFixture.used;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriageTests {

    static final TriagePolicy FIRST_CHARTER = TriagePolicy.jointReviewOfAllCases(
            "the working group's first charter (2018)", "워킹그룹 최초 운영 원칙(2018)", 10, 60);
    static final TriagePolicy WORKING_GROUP_2 = TriagePolicy.selective(
            "the Working Group 2.0 charter (2020)", "워킹그룹 2.0 운영 원칙(2020)", 5, 10, 60);

    private static List<ClearanceSpec> route(ItemRulesResult result, ScreeningSummary screening, TriagePolicy policy) {
        return Triage.route(result.findings(), screening, policy);
    }

    @Test
    void letsAPartyProceedAloneUnderWorkingGroup2WhenNothingApplies() {
        List<ClearanceSpec> route = route(judge(to(1, "Tamiflu", "3004.90", "200000", "doses")),
                ScreeningSummary.clear(), WORKING_GROUP_2);

        assertThat(route).singleElement().satisfies(c -> {
            assertThat(c.authority()).isEqualTo(Authority.PARTNER_NOTICE);
            assertThat(c.clockWorkingDays()).isEqualTo(5);
            assertThat(c.citations()).isEmpty();
            assertThat(c.reasonEn()).isEqualTo("No item rule and no unresolved screening hit applies, so under the"
                    + " Working Group 2.0 charter (2020) the party may proceed alone after notifying the partner;"
                    + " objection window 5 working days.");
            assertThat(c.reasonKo()).contains("워킹그룹 2.0 운영 원칙(2020)에 따라 상대국에 통보한 뒤 단독으로 진행할 수 있습니다")
                    .contains("5 근무일");
        });
    }

    @Test
    void sendsTheSameCaseToTheForumUnderTheFirstCharter() {
        List<ClearanceSpec> route = route(judge(to(1, "Tamiflu", "3004.90", "200000", "doses")),
                ScreeningSummary.clear(), FIRST_CHARTER);

        assertThat(route).singleElement().satisfies(c -> {
            assertThat(c.authority()).isEqualTo(Authority.FORUM_REVIEW);
            assertThat(c.clockWorkingDays()).isEqualTo(10);
            assertThat(c.reasonEn()).isEqualTo("Under the working group's first charter (2018) every case goes to the"
                    + " forum for joint review. No item rule and no unresolved screening hit applies.");
            assertThat(c.reasonKo()).startsWith("워킹그룹 최초 운영 원칙(2018)에 따라 모든 사건은 협의체의 공동 검토를 거칩니다.");
        });
    }

    @Test
    void asksForAUnExemptionAndTheForumForDeliveryTrucksUnderEitherCharter() {
        ItemRulesResult tamifluByTruck = judge(to(1, "Tamiflu", "3004.90", "200000", "doses"),
                to(2, "delivery trucks", "8704.21", "4", "piece"));

        for (TriagePolicy policy : List.of(FIRST_CHARTER, WORKING_GROUP_2)) {
            List<ClearanceSpec> route = route(tamifluByTruck, ScreeningSummary.clear(), policy);

            assertThat(route).extracting(ClearanceSpec::authority)
                    .containsExactly(Authority.FORUM_REVIEW, Authority.UN_1718_EXEMPTION);
            ClearanceSpec un = route.get(1);
            assertThat(un.clockWorkingDays()).isEqualTo(60);
            assertThat(un.citations()).containsExactly("S/RES/2397 (2017), para 7");
            assertThat(un.reasonEn()).startsWith("A 1718 Committee exemption is needed before the case may go ahead:"
                    + " line 2 needs a 1718 Committee exemption (2397-7-vehicles, S/RES/2397 (2017), para 7).");
            assertThat(route.get(0).reasonEn()).contains("line 2 needs a 1718 Committee exemption");
        }
        assertThat(route(tamifluByTruck, ScreeningSummary.clear(), WORKING_GROUP_2).get(0).reasonEn())
                .startsWith("Under the Working Group 2.0 charter (2020) this case goes to the forum because line 2");
    }

    @Test
    void sendsSugarWithAnUnresolvedScreeningHitToTheForum() {
        ItemRulesResult sugar = judge(to(1, "sugar", "1701.99", "1000", "t"));

        List<ClearanceSpec> withHit = route(sugar, ScreeningSummary.unresolved(List.of("KPe.071", "OFAC-23456")),
                WORKING_GROUP_2);
        List<ClearanceSpec> clear = route(sugar, ScreeningSummary.clear(), WORKING_GROUP_2);

        assertThat(sugar.findings()).isEmpty();
        assertThat(withHit).singleElement().satisfies(c -> {
            assertThat(c.authority()).isEqualTo(Authority.FORUM_REVIEW);
            assertThat(c.reasonEn()).isEqualTo("Under the Working Group 2.0 charter (2020) this case goes to the forum"
                    + " because a counterparty has an unresolved screening hit (KPe.071, OFAC-23456).");
            assertThat(c.reasonKo()).contains("미해결 제재 명단 일치가 있음(KPe.071, OFAC-23456)");
        });
        assertThat(clear).extracting(ClearanceSpec::authority).containsExactly(Authority.PARTNER_NOTICE);
    }

    @Test
    void reportsACountedCapWithThePartnerNoticeUnderWorkingGroup2() {
        ItemRulesResult fuel = CURRENT.apply(caseOf(to(1, "diesel for the survey train", "2710.19", "55000", "l")),
                used("refined-petroleum", "120000"));

        List<ClearanceSpec> selective = route(fuel, ScreeningSummary.clear(), WORKING_GROUP_2);
        List<ClearanceSpec> all = route(fuel, ScreeningSummary.clear(), FIRST_CHARTER);

        assertThat(selective).singleElement().satisfies(c -> {
            assertThat(c.authority()).isEqualTo(Authority.PARTNER_NOTICE);
            assertThat(c.citations()).containsExactly("S/RES/2397 (2017), para 5");
            assertThat(c.reasonEn()).startsWith("No item rule that needs the forum and no unresolved screening hit"
                    + " applies, so under the Working Group 2.0 charter (2020) the party may proceed alone")
                    .contains("Reported to the partner: line 1 counts 345.9 bbl against the refined-petroleum cap"
                            + " for the twelve months 2019-01-01 to 2019-12-31, 379,654.1 bbl remain"
                            + " (S/RES/2397 (2017), para 5) Conditions: the supplying State notifies the 1718 Committee"
                            + " every 30 days");
        });
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.authority()).isEqualTo(Authority.FORUM_REVIEW);
            assertThat(c.reasonEn()).contains("every case goes to the forum")
                    .contains("What applies: line 1 counts 345.9 bbl against the refined-petroleum cap");
        });
    }

    @Test
    void asksForAUnExemptionWhenTheCapIsExceeded() {
        ItemRulesResult fuel = CURRENT.apply(caseOf(to(1, "diesel", "2710.19", "55000", "l")),
                used("refined-petroleum", "499800"));

        List<ClearanceSpec> route = route(fuel, ScreeningSummary.clear(), WORKING_GROUP_2);

        assertThat(route).extracting(ClearanceSpec::authority)
                .containsExactly(Authority.FORUM_REVIEW, Authority.UN_1718_EXEMPTION);
        assertThat(route.get(1).reasonEn())
                .contains("line 1 exceeds the refined-petroleum cap for the twelve months 2019-01-01 to 2019-12-31 (S/RES/2397 (2017), para 5)");
    }

    @Test
    void sendsACatchAllReviewToTheForumWithoutAUnExemption() {
        ItemRulesResult survey = judge(militaryUse(to(3, "GNSS survey receivers", "9015.80", "4", "piece")));

        List<ClearanceSpec> route = route(survey, ScreeningSummary.clear(), WORKING_GROUP_2);

        assertThat(route).singleElement().satisfies(c -> {
            assertThat(c.authority()).isEqualTo(Authority.FORUM_REVIEW);
            assertThat(c.reasonEn()).contains("line 3 is not food or medicine and is marked as possibly of military"
                    + " use, so the catch-all review applies (S/RES/2270 (2016), para 8)");
            assertThat(c.citations()).containsExactly("S/RES/2270 (2016), para 8");
        });
    }

    @Test
    void notesTheAircraftExceptionWithThePartnerNotice() {
        ItemRulesResult part = judge(aircraftPart(to(1, "Tu-204 brake assembly", "8803.20", "2", "piece")));

        assertThat(route(part, ScreeningSummary.clear(), WORKING_GROUP_2)).singleElement().satisfies(c -> {
            assertThat(c.authority()).isEqualTo(Authority.PARTNER_NOTICE);
            assertThat(c.reasonEn()).contains("line 1 falls under the exception 2397-7-aircraft-spare-parts");
            assertThat(c.citations()).containsExactly("S/RES/2397 (2017), para 7");
        });
    }

    @Test
    void asksForAUnExemptionForAJointVenture() {
        CaseFacts kaesong = new CaseFacts("ROK-2019-009", RulesFixture.FILED, true,
                List.of(to(1, "rice", "1006.30", "10", "t")));

        List<ClearanceSpec> route = route(CURRENT.apply(kaesong, CapUsage.NONE), ScreeningSummary.clear(),
                WORKING_GROUP_2);

        assertThat(route).extracting(ClearanceSpec::authority)
                .containsExactly(Authority.FORUM_REVIEW, Authority.UN_1718_EXEMPTION);
        assertThat(route.get(1).reasonEn()).contains("the case needs a 1718 Committee exemption"
                + " (2375-18-joint-ventures, S/RES/2375 (2017), para 18)");
    }

    @Test
    void listsEveryReasonAndEachCitationOnce() {
        ItemRulesResult mixed = CURRENT.apply(caseOf(to(1, "trucks", "8704.21", "2", "piece"),
                to(2, "steel", "7308.90", "5", "t"), militaryUse(to(3, "receivers", "9015.80", "1", "piece")),
                to(4, "diesel", "2710.19", "1000", "l")), CapUsage.NONE);

        List<ClearanceSpec> route = route(mixed, ScreeningSummary.unresolved(List.of("KPe.071")), WORKING_GROUP_2);

        ClearanceSpec forum = route.get(0);
        assertThat(forum.reasonEn()).contains("line 1 needs", "line 2 needs", "line 3 is not food",
                "a counterparty has an unresolved screening hit (KPe.071)", "Also: line 4 counts 6.3 bbl");
        assertThat(forum.citations()).containsExactly("S/RES/2397 (2017), para 7", "S/RES/2270 (2016), para 8",
                "S/RES/2397 (2017), para 5");
        assertThat(route.get(1).citations()).containsExactly("S/RES/2397 (2017), para 7");
    }

    @Test
    void routesATwoHundredLineCase() {
        String[] codes = {"3004.90", "8704.21", "2710.19", "8544.70", "1701.99", "5701.10", "9015.80", "8803.20"};
        List<ItemFacts> items = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ItemFacts item = RulesFixture.valued(to(i + 1, "item " + (i + 1), codes[i % codes.length], "10", "l"), "9000");
            items.add(i % 3 == 0 ? militaryUse(item) : i % 8 == 7 ? aircraftPart(item) : item);
        }
        CaseFacts big = new CaseFacts("ROK-2019-200", RulesFixture.FILED, false, items);

        // how fast is measured by TriageBenchmark (docs/performance.md), not here: unit tests stay deterministic
        ItemRulesResult result = CURRENT.apply(big, CapUsage.NONE);
        List<ClearanceSpec> route = Triage.route(result.findings(), ScreeningSummary.clear(), WORKING_GROUP_2);

        assertThat(result.findings()).hasSizeGreaterThan(150);
        assertThat(route).extracting(ClearanceSpec::authority)
                .containsExactly(Authority.FORUM_REVIEW, Authority.UN_1718_EXEMPTION);
    }

    @Test
    void refusesASelectiveCharterWithoutAnObjectionWindow() {
        assertThatThrownBy(() -> TriagePolicy.selective("c", "c", 0, 10, 60))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("objectionWindowWorkingDays");
    }
}
