package dev.tandem.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.common.InvalidInputException;

import static dev.tandem.rules.RulesFixture.CURRENT;
import static dev.tandem.rules.RulesFixture.FILED;
import static dev.tandem.rules.RulesFixture.aircraftPart;
import static dev.tandem.rules.RulesFixture.declared;
import static dev.tandem.rules.RulesFixture.declaring;
import static dev.tandem.rules.RulesFixture.judge;
import static dev.tandem.rules.RulesFixture.product;
import static dev.tandem.rules.RulesFixture.to;
import static dev.tandem.rules.RulesFixture.valued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * The shipped rule book against the paragraphs it encodes, one test per correction or new rule of issue 9; each
 * name says the resolution and paragraph (see {@code rules/README.md}, coverage table).
 */
class ResolutionParagraphsTests {

    private static final TriagePolicy WORKING_GROUP_2 = TriagePolicy.selective("the Working Group 2.0 charter (2020)",
            "워킹그룹 2.0 헌장(2020)", 5, 10, 15);

    private static ItemRulesResult judgeOn(LocalDate day, ItemFacts... items) {
        return CURRENT.apply(new CaseFacts("ROK-T", day, day, Set.of(), List.of(items)), CapUsage.NONE);
    }

    @ParameterizedTest(name = "{0}, HS {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wheel bearings               | 8482.10
            hydraulic jacks              | 8425.42
            torque wrenches              | 8204.11
            titanium bolts               | 7318.15
            radio navigation (avionics)  | 8526.91
            brake assemblies             | 8803.20
            """)
    void resolution2397Paragraph7AllowsSparePartsDeclaredForPassengerAircraft(String description, String hs) {
        ItemRulesResult result = judge(aircraftPart(to(1, description + " for an Il-62M", hs, "4", "piece")));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("2397-7-aircraft-spare-parts");
            assertThat(f.consequence()).isEqualTo(Consequence.NOTED);
            assertThat(f.reasonEn()).contains("Declared purpose: spare part needed to maintain the safe operation")
                    .contains("the secretariat checks the declaration");
            assertThat(f.reasonKo()).contains("신고 용도: 운항 중인 북한 민간 상업 여객기").contains("사무국이 신고 내용을 확인합니다");
        });
    }

    @Test
    void resolution2397Paragraph7BansTheSamePartsWithoutTheDeclaration() {
        assertThat(judge(to(1, "wheel bearings", "8482.10", "4", "piece"), to(2, "titanium bolts", "7318.15", "9",
                "piece")).findings()).extracting(RuleFinding::ruleId)
                .containsExactly("2397-7-machinery", "2397-7-metals");
    }

    @Test
    void resolution2321Paragraph30KeepsBanningAWholeHelicopterDeclaredASparePart() {
        ItemRulesResult result = judge(aircraftPart(to(1, "Mi-17 helicopter", "8802.12", "1", "piece")));

        assertThat(result.findings()).filteredOn(RuleFinding::needsUnExemption).singleElement()
                .satisfies(f -> assertThat(f.citation()).isEqualTo("S/RES/2321 (2016), para 30"));
    }

    @Test
    void resolution2397Paragraph14BansUsedVesselsBesidesParagraph7() {
        assertThat(judge(to(1, "used fishing vessel", "8902.00", "1", "piece")).findings())
                .extracting(RuleFinding::ruleId).containsExactly("2397-7-vehicles", "2321-30-2397-14-vessels");
    }

    @Test
    void resolution2270Paragraph31BansJetFuelOutrightInsteadOfCountingIt() {
        ItemRulesResult result = judge(product(to(1, "Jet A-1", "2710.19", "200", "t"), "jet-fuel"));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("2270-31-aviation-fuel");
            assertThat(f.consequence()).isEqualTo(Consequence.UN_EXEMPTION_REQUIRED);
            assertThat(f.capCount()).isNull();
            assertThat(f.reasonEn()).contains("not counted against the refined-petroleum cap")
                    .contains("verified essential humanitarian needs");
        });
        assertThat(judge(product(to(1, "avgas", "2710.12", "10", "t"), "aviation-gasoline")).findings())
                .extracting(RuleFinding::ruleId).containsExactly("2270-31-aviation-fuel");
    }

    @Test
    void resolution2270Paragraph31ExceptsFuelForTheFlightToTheDprkAndBack() {
        ItemFacts fuel = declared(product(to(1, "Jet A-1 for the Air Koryo return flight", "2710.19", "30", "t"),
                "jet-fuel"), "return-flight-fuel");

        assertThat(judge(fuel).findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("2270-31-return-flight-fuel");
            assertThat(f.consequence()).isEqualTo(Consequence.NOTED);
        });
    }

    @Test
    void resolution2397Paragraph5CountsADieselShipmentAndAnUnnamedProductWithDifferentFactors() {
        CapCount diesel = judge(product(to(1, "diesel", "2710.19", "1000", "t"), "gas-oil-diesel")).findings().get(0)
                .capCount();
        RuleFinding unnamed = judge(to(1, "refined product", "2710.19", "1000", "t")).findings().get(0);

        assertThat(diesel.barrels()).isEqualByComparingTo("7460");
        assertThat(diesel.conversion()).isEqualTo("7.46 bbl/t for gas oil / diesel; source: standard conversion chart"
                + " (BP Statistical Review of World Energy, approximate conversion factors)");
        assertThat(unnamed.capCount().barrels()).isEqualByComparingTo("8330");
        assertThat(unnamed.capCount().conversion()).startsWith("8.33 bbl/t, the factor for a refined product that is"
                + " not named (refined product not named); source: ratio of barrels to tonnes in the 1718 Committee's");
        assertThat(unnamed.reasonEn()).contains("1,000 t = 8,330.0 bbl (8.33 bbl/t");
        assertThat(unnamed.reasonKo()).contains("품명을 밝히지 않은 정제유에 쓰는 톤당 8.33배럴");
    }

    @Test
    void resolution2397Paragraph5CountsLpgAgainstTheRefinedCapAt11Point6BarrelsPerTonne() {
        RuleFinding lpg = judge(to(1, "propane cylinders' gas", "2711.12", "100", "t")).findings().get(0);

        assertThat(lpg.ruleId()).isEqualTo("2397-5-refined-petroleum");
        assertThat(lpg.capCount().barrels()).isEqualByComparingTo("1160");
        assertThat(lpg.capCount().conversion()).startsWith("11.6 bbl/t for liquefied petroleum gas");
    }

    @Test
    void resolution2397Paragraph5ShowsItsConditionsOnTheFindingAndTheClearance() {
        ItemRulesResult fuel = judge(to(1, "diesel", "2710.19", "1000", "l"));
        List<ClearanceSpec> route = Triage.route(fuel.findings(), ScreeningSummary.clear(), WORKING_GROUP_2);

        assertThat(fuel.findings().get(0).reasonEn()).contains("Conditions: the supplying State notifies the 1718"
                + " Committee every 30 days").contains("exclusively for livelihood purposes")
                .contains("no designated person or entity");
        assertThat(route).singleElement().satisfies(c -> {
            assertThat(c.reasonEn()).contains("every 30 days").contains("livelihood");
            assertThat(c.reasonKo()).contains("30일마다").contains("민생 목적");
        });
    }

    @ParameterizedTest(name = "filed {0}: the {1} cap counts from {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-03-01 | 2710.19 | 2018-01-01
            2019-12-31 | 2710.19 | 2019-01-01
            2018-12-21 | 2709.00 | 2017-12-22
            2018-12-22 | 2709.00 | 2018-12-22
            2019-06-30 | 2709.00 | 2018-12-22
            """)
    void resolution2397Paragraphs4And5CountTwelveMonthPeriodsFromTheirOwnStart(LocalDate filed, String hs,
            LocalDate periodStart) {
        CapCount count = judgeOn(filed, to(1, "oil", hs, "100", "bbl")).findings().get(0).capCount();

        assertThat(count.periodStart()).isEqualTo(periodStart);
        assertThat(count.periodEnd()).isEqualTo(periodStart.plusYears(1).minusDays(1));
        assertThat(count.year()).isEqualTo(periodStart.getYear());
    }

    @Test
    void resolution2375Paragraph13BansNaturalGasLiquidsAndCondensatesDeclaredAsSuch() {
        assertThat(judge(product(to(1, "NGL", "2711.19", "50", "t"), "natural-gas-liquids")).findings())
                .extracting(RuleFinding::ruleId).containsExactly("2375-13-condensates-ngl");
        assertThat(judge(product(to(1, "condensate", "2709.00", "50", "t"), "condensate")).findings())
                .extracting(RuleFinding::ruleId).containsExactly("2375-13-condensates-ngl");
    }

    @Test
    void resolution2375Paragraph18ApprovesJointVenturesCaseByCaseInParticularPublicUtilities() {
        RuleFinding jv = CURRENT.apply(declaring("ROK-JV", Set.of("joint-venture")), CapUsage.NONE).findings().get(0);

        assertThat(jv.reasonEn()).contains("in particular non-commercial public-utility infrastructure");
        assertThat(jv.reasonKo()).contains("특히").doesNotContain("경우에만");
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            dprk-workers                  | 2397-8-2375-17-workers          | UN_EXEMPTION_REQUIRED | S/RES/2375 (2017), para 17; S/RES/2397 (2017), para 8
            export-credit                 | 2321-32-export-credits          | UN_EXEMPTION_REQUIRED | S/RES/2321 (2016), para 32
            scientific-cooperation        | 2321-11-scientific-cooperation  | JOINT_REVIEW          | S/RES/2321 (2016), para 11
            ship-to-ship-transfer         | 2375-11-ship-to-ship            | PROHIBITED            | S/RES/2375 (2017), para 11
            vessel-aircraft-lease-or-crew | 2270-19-2321-8-leasing-crew     | UN_EXEMPTION_REQUIRED | S/RES/2270 (2016), para 19; S/RES/2321 (2016), para 8
            """)
    void resolutions2270To2397CaseDeclarationsBringTheirParagraphs(String declaration, String ruleId,
            Consequence consequence, String citation) {
        ItemRulesResult result = CURRENT.apply(declaring("ROK-D", Set.of(declaration),
                to(1, "rice", "1006.30", "10", "t")), CapUsage.NONE);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ruleId);
            assertThat(f.line()).isNull();
            assertThat(f.consequence()).isEqualTo(consequence);
            assertThat(f.citation()).isEqualTo(citation);
            assertThat(f.reasonKo()).startsWith("사건 ROK-D 신고 사항:");
        });
    }

    @Test
    void resolution2375Paragraph11SendsAShipToShipTransferToTheForumWithoutAnExemptionRequest() {
        ItemRulesResult result = CURRENT.apply(declaring("ROK-S", Set.of("ship-to-ship-transfer")), CapUsage.NONE);

        List<ClearanceSpec> route = Triage.route(result.findings(), ScreeningSummary.clear(), WORKING_GROUP_2);

        assertThat(route).singleElement().satisfies(c -> {
            assertThat(c.authority()).isEqualTo(Authority.FORUM_REVIEW);
            assertThat(c.reasonEn()).contains("the case is prohibited, with no exemption in the text, under"
                    + " 2375-11-ship-to-ship (S/RES/2375 (2017), para 11)");
        });
    }

    @ParameterizedTest(name = "HS {0}, US${2} for {1} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            5805.00 | 1 | 600  | piece | 2321-annex-iv-rugs-tapestries
            5805.00 | 2 | 900  | piece |
            9506.91 | 1 | 40   | piece | 2270-annex-v-sports-equipment
            6911.90 | 1 | 900  | piece |
            6911.10 | 1 | 101  | set   | 2321-annex-iv-tableware
            7102.39 | 1 | 50   | piece | 2094-annex-iv-jewellery
            9102.11 | 1 | 9000 | piece |
            """)
    void resolution2321AnnexIvAnd2270AnnexVLuxuryGoodsItemByItem(String hs, String quantity, String value,
            String unit, String rule) {
        ItemRulesResult result = judge(valued(to(1, "goods", hs, quantity, unit), value));

        if (rule == null) {
            assertThat(result.findings()).isEmpty();
        } else {
            assertThat(result.findings()).extracting(RuleFinding::ruleId).containsExactly(rule);
        }
    }

    @Test
    void refusesAnHs2022CodeInACaseFiledUnderHs2017NamingTheEditionAndTheCode() {
        assertThatThrownBy(() -> judgeOn(LocalDate.of(2019, 2, 25), to(1, "video cameras", "8525.89", "20", "piece")))
                .isInstanceOf(InvalidInputException.class)
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("items[0].hsCode");
                    assertThat(e.reason()).contains("HS 8525.89 belongs to HS 2022 and does not exist in HS 2017")
                            .contains("(2019-02-25)").contains("8525.80").contains("WCO correlation tables");
                });
    }

    @Test
    void readsAnHs2022CodeOfACaseFiledIn2023IntoTheHs2017RuleBook() {
        RuleFinding camera = judgeOn(LocalDate.of(2023, 5, 2), to(1, "video cameras", "8525.89", "20", "piece"))
                .findings().get(0);

        assertThat(camera.ruleId()).isEqualTo("2397-7-machinery");
        assertThat(camera.reasonEn()).contains("HS 8525.89 in HS 2022, 8525.80 in HS 2017");
        assertThatThrownBy(() -> judgeOn(LocalDate.of(2023, 5, 2), to(1, "cameras", "8525.80", "20", "piece")))
                .hasMessageContaining("HS 8525.80 belongs to HS 2017 and does not exist in HS 2022");
    }

    @Test
    void readsARenumberedCodeOneToOneAndSaysSo() {
        RuleFinding part = judge(aircraftPart(to(1, "undercarriage", "8807.20", "1", "piece"))).findings().get(0);

        assertThat(part.reasonEn()).contains("HS 8807.20 (not in HS 2017; renumbered there as 8803.20)");
    }

    @Test
    void keepsTheCodesOfTheFilingDayWhenACaseIsJudgedYearsLater() {
        CaseFacts retriaged = new CaseFacts("ROK-2019-003", LocalDate.of(2024, 3, 4), LocalDate.of(2019, 2, 25),
                Set.of(), List.of(to(1, "video cameras", "8525.80", "20", "piece")));

        assertThat(CURRENT.apply(retriaged, CapUsage.NONE).findings()).extracting(RuleFinding::ruleId)
                .containsExactly("2397-7-machinery");
    }

    @Test
    void refusesAPurposeAProductOrADeclarationTheRuleBookDoesNotKnowNamingTheField() {
        assertThatThrownBy(() -> judge(declared(to(1, "x", "8482.10", "1", "piece"), "tourism")))
                .hasMessageStartingWith("items[0].declaredPurpose: line 1: 'tourism' is not a declared purpose");
        assertThatThrownBy(() -> judge(product(to(1, "x", "2710.19", "1", "t"), "petrol")))
                .hasMessageStartingWith("items[0].product: line 1: 'petrol' is not a product");
        assertThatThrownBy(() -> CURRENT.apply(declaring("ROK-X", Set.of("casino")), CapUsage.NONE))
                .hasMessageStartingWith("declarations: 'casino' is not a case declaration");
    }

    @Test
    void namesEveryProductFactorWithItsSource() {
        assertThat(CURRENT.productNames(true)).containsKeys("lpg", "gasoline", "kerosene", "gas-oil-diesel",
                "residual-fuel-oil", "product-basket", "jet-fuel");
        assertThat(new BigDecimal("11.6")).isEqualByComparingTo(
                judge(product(to(1, "lpg", "2710.19", "1", "t"), "lpg")).findings().get(0).capCount().barrels());
    }

    @Test
    void judgesEveryCaseOfTheDemoOnItsFilingDayWithoutRefusal() {
        // the codes of the 2018-2019 demo cases, as corrected to HS 2017 (BRIEF section 3.3)
        assertThat(judgeOn(LocalDate.of(2018, 12, 20), to(1, "Tamiflu", "3004.90", "200000", "doses"),
                to(2, "rapid diagnostic kits", "3822.00", "50000", "kits"),
                to(3, "delivery trucks", "8704.22", "4", "piece")).findings())
                .extracting(RuleFinding::ruleId).containsExactly("2397-7-vehicles");
        assertThat(judgeOn(LocalDate.of(2019, 2, 25), to(1, "video cameras", "8525.80", "20", "piece"),
                to(2, "fibre-optic cable", "8544.70", "10", "reel")).findings())
                .extracting(RuleFinding::ruleId).containsExactly("2397-7-machinery", "2397-7-machinery");
        assertThat(FILED).isBefore(LocalDate.of(2022, 1, 1));
    }
}
