package dev.tandem.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tandem.common.InvalidInputException;

import static dev.tandem.rules.RulesFixture.CURRENT;
import static dev.tandem.rules.RulesFixture.FILED;
import static dev.tandem.rules.RulesFixture.aircraftPart;
import static dev.tandem.rules.RulesFixture.caseOf;
import static dev.tandem.rules.RulesFixture.from;
import static dev.tandem.rules.RulesFixture.judge;
import static dev.tandem.rules.RulesFixture.militaryUse;
import static dev.tandem.rules.RulesFixture.product;
import static dev.tandem.rules.RulesFixture.to;
import static dev.tandem.rules.RulesFixture.used;
import static dev.tandem.rules.RulesFixture.valued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class ItemRulesTests {

    /** The worked mappings of domain/BRIEF.md section 2.11, and their neighbours. */
    @Nested
    class WorkedMappings {

        @ParameterizedTest(name = "{0}: HS {1} {2} -> [{3}]")
        @CsvSource(delimiter = '|', textBlock = """
                Tamiflu (oseltamivir)             | 3004.90    | TO_SANCTIONED   |
                rapid diagnostic kits             | 3822.00    | TO_SANCTIONED   |
                delivery trucks                   | 8704.21    | TO_SANCTIONED   | 2397-7-vehicles
                cameras for video reunions        | 8525.80    | TO_SANCTIONED   | 2397-7-machinery
                fibre-optic cable                 | 8544.70    | TO_SANCTIONED   | 2397-7-machinery
                optical fibres                    | 9001.10    | TO_SANCTIONED   |
                electronic survey devices         | 9015.80    | TO_SANCTIONED   |
                mine-clearance machinery          | 8479.89    | TO_SANCTIONED   | 2397-7-machinery
                steel beams for venue repair      | 7308.90    | TO_SANCTIONED   | 2397-7-metals
                aluminium sheet                   | 7606       | TO_SANCTIONED   | 2397-7-metals
                railway sleepers of concrete      | 6810.91    | TO_SANCTIONED   |
                rolling stock                     | 8605       | TO_SANCTIONED   | 2397-7-vehicles
                sugar                             | 1701.99    | TO_SANCTIONED   |
                rice                              | 1006.30    | TO_SANCTIONED   |
                liquor                            | 2208.90    | FROM_SANCTIONED |
                coal                              | 2701.12    | FROM_SANCTIONED | 2371-8-coal-iron
                iron ore                          | 2601.11    | FROM_SANCTIONED | 2371-8-coal-iron
                pine mushrooms                    | 0709.59    | FROM_SANCTIONED | 2397-6-food-agriculture
                walnuts                           | 0802.31    | FROM_SANCTIONED | 2397-6-food-agriculture
                ginseng                           | 1211.20    | FROM_SANCTIONED | 2397-6-food-agriculture
                magnesite                         | 2519.10    | FROM_SANCTIONED | 2397-6-earth-stone
                timber                            | 4403.21    | FROM_SANCTIONED | 2397-6-wood
                transformers                      | 8504.21    | FROM_SANCTIONED | 2397-6-machinery-electrical
                fishing boat                      | 8902       | FROM_SANCTIONED | 2397-6-vessels
                clams                             | 0307.71    | FROM_SANCTIONED | 2371-9-seafood
                prepared crab                     | 1605.10    | FROM_SANCTIONED | 2371-9-seafood
                lead ore                          | 2607       | FROM_SANCTIONED | 2371-10-lead
                unwrought lead                    | 7801.10    | FROM_SANCTIONED | 2371-10-lead
                shirts sewn in Kaesong            | 6205.20    | FROM_SANCTIONED | 2375-16-textiles
                gold bars                         | 7108.12    | FROM_SANCTIONED | 2270-30-gold-ores-rare-earths
                titanium ore                      | 2614       | FROM_SANCTIONED | 2270-30-gold-ores-rare-earths
                rare-earth metals                 | 2805.30    | FROM_SANCTIONED | 2270-30-gold-ores-rare-earths
                copper cathodes                   | 7403.11    | FROM_SANCTIONED | 2321-28-copper-nickel-silver-zinc
                silver                            | 7106.91    | FROM_SANCTIONED | 2321-28-copper-nickel-silver-zinc
                zinc                              | 7901.11    | FROM_SANCTIONED | 2321-28-copper-nickel-silver-zinc
                bronze statue                     | 9703.10    | FROM_SANCTIONED | 2321-29-statues
                medicines returned from the north | 3004.90    | FROM_SANCTIONED |
                steel beams from the north        | 7308.90    | FROM_SANCTIONED |
                sugar to the south                | 1701.99    | FROM_SANCTIONED |
                coal to the north                 | 2701.12    | TO_SANCTIONED   |
                """)
        void mapsConsignmentsToTheRulesTheyTrigger(String description, String hs, Direction direction, String rule) {
            ItemFacts item = new ItemFacts(1, description, hs, BigDecimal.TEN, "piece", null, direction, false, false);
            ItemRulesResult result = judge(item);
            if (rule == null) {
                assertThat(result.findings()).isEmpty();
            } else {
                assertThat(result.findings()).extracting(RuleFinding::ruleId).containsExactly(rule);
                assertThat(result.findings().get(0).consequence()).isEqualTo(Consequence.UN_EXEMPTION_REQUIRED);
            }
        }

        @Test
        void findsNothingForTamifluEvenWhenMarkedAsPossiblyMilitary() {
            assertThat(judge(militaryUse(to(1, "Tamiflu", "3004.90", "200000", "doses"))).findings()).isEmpty();
        }

        @Test
        void bansDeliveryTrucksUnder2397Paragraph7WithAReasonInBothLanguages() {
            RuleFinding truck = judge(to(1, "Tamiflu", "3004.90", "200000", "doses"),
                    to(2, "delivery trucks", "8704.21", "4", "piece")).findings().get(0);

            assertThat(truck.ruleId()).isEqualTo("2397-7-vehicles");
            assertThat(truck.ruleVersion()).isEqualTo("un-dprk-2397");
            assertThat(truck.kind()).isEqualTo(RuleKind.BAN);
            assertThat(truck.line()).isEqualTo(2);
            assertThat(truck.citation()).isEqualTo("S/RES/2397 (2017), para 7");
            assertThat(truck.reasonEn()).startsWith("Line 2 (delivery trucks, HS 8704.21): Transportation vehicles")
                    .endsWith("A 1718 Committee exemption is needed (S/RES/2397 (2017), para 7).");
            assertThat(truck.reasonKo()).startsWith("2번 품목(delivery trucks, HS 8704.21): 운송수단")
                    .contains("1718 위원회의 면제가 필요합니다");
            assertThat(truck.needsUnExemption()).isTrue();
        }

        @Test
        void bansCamerasAndFibreOpticCableLineByLine() {
            ItemRulesResult result = judge(to(1, "cameras", "8525.80", "6", "piece"),
                    to(2, "fibre-optic cable", "8544.70", "2000", "m"));

            assertThat(result.findings()).extracting(RuleFinding::line, RuleFinding::ruleId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "2397-7-machinery"),
                            org.assertj.core.groups.Tuple.tuple(2, "2397-7-machinery"));
        }
    }

    @Nested
    class Caps {

        @Test
        void countsSurveyTrainFuelInBarrelsAgainstTheRefinedPetroleumCap() {
            RuleFinding fuel = judge(to(1, "diesel for the survey train", "2710.19", "55000", "l")).findings().get(0);

            assertThat(fuel.ruleId()).isEqualTo("2397-5-refined-petroleum");
            assertThat(fuel.consequence()).isEqualTo(Consequence.CAP_COUNTED);
            CapCount count = fuel.capCount();
            assertThat(count.barrels()).isEqualByComparingTo("345.940");
            assertThat(count.periodStart()).isEqualTo(java.time.LocalDate.of(2019, 1, 1));
            assertThat(count.remaining()).isEqualByComparingTo("499654.060");
            assertThat(count.tonnes()).isNull();
            assertThat(fuel.reasonEn()).contains("55,000 l = 345.9 bbl (volume converted exactly")
                    .contains("counted against the refined-petroleum cap for the twelve months 2019-01-01 to 2019-12-31")
                    .contains("499,654.1 bbl of 500,000.0 bbl remain").contains("S/RES/2397 (2017), para 5");
            assertThat(fuel.reasonKo()).contains("345.9배럴").contains("2019-01-01~2019-12-31 12개월간의 정제유 상한에 산입");
        }

        @Test
        void countsAfterWhatOtherCasesUsedThatYear() {
            CapCount count = CURRENT.apply(caseOf(to(1, "diesel", "2710.19", "55000", "l")),
                    used("refined-petroleum", "120000")).findings().get(0).capCount();

            assertThat(count.usedBefore()).isEqualByComparingTo("120000");
            assertThat(count.remaining()).isEqualByComparingTo("379654.060");
        }

        @Test
        void findsTheCapExceededWhenTheRemainingRoomIsTooSmall() {
            RuleFinding fuel = CURRENT.apply(caseOf(to(1, "diesel", "2710.19", "55000", "l")),
                    used("refined-petroleum", "499800")).findings().get(0);

            assertThat(fuel.consequence()).isEqualTo(Consequence.CAP_EXCEEDED);
            assertThat(fuel.needsUnExemption()).isTrue();
            assertThat(fuel.capCount().remaining()).isEqualByComparingTo("200");
            assertThat(fuel.reasonEn()).contains("is more than the refined-petroleum cap for the twelve months 2019-01-01 to 2019-12-31 has left")
                    .contains("only 200.0 bbl of 500,000.0 bbl remain");
        }

        @Test
        void countsTheLinesOfOneCaseOneAfterTheOther() {
            ItemRulesResult result = judge(to(1, "diesel", "2710.19", "300000", "bbl"),
                    to(2, "gasoline", "2710.12", "250000", "bbl"),
                    to(3, "kerosene", "2710.19", "150000", "bbl"));

            assertThat(result.findings()).extracting(RuleFinding::consequence)
                    .containsExactly(Consequence.CAP_COUNTED, Consequence.CAP_EXCEEDED, Consequence.CAP_COUNTED);
            assertThat(result.findings()).extracting(f -> f.capCount().usedBefore().intValue())
                    .containsExactly(0, 300000, 300000);
            assertThat(result.findings().get(2).capCount().remaining()).isEqualByComparingTo("50000");
        }

        @Test
        void fillsTheCapExactlyWithoutExceedingIt() {
            RuleFinding last = CURRENT.apply(caseOf(to(1, "diesel", "2710.19", "1000", "bbl")),
                    used("refined-petroleum", "499000")).findings().get(0);

            assertThat(last.consequence()).isEqualTo(Consequence.CAP_COUNTED);
            assertThat(last.capCount().remaining()).isEqualByComparingTo("0");
        }

        @ParameterizedTest(name = "{0} {1} of HS {2} = {3} bbl")
        @CsvSource(delimiter = '|', textBlock = """
                55000   | l      | 2710.19 | 345.940
                55000   | L      | 2710.19 | 345.940
                55000   | litres | 2710.19 | 345.940
                55      | m3     | 2710.19 | 345.940
                42      | gal    | 2710.19 | 1.000
                1       | bbl    | 2710.19 | 1.000
                10      | t      | 2710.19 | 83.300
                1000    | kg     | 2710.19 | 8.330
                10      | t      | 2711.12 | 116.000
                1       | t      | 2709.00 | 7.619
                525000  | t      | 2709.00 | 4000000.000
                1000    | l      | 2709.00 | 6.290
                """)
        void convertsQuantitiesToBarrels(String quantity, String unit, String hs, String barrels) {
            CapCount count = judge(to(1, "oil", hs, quantity, unit)).findings().get(0).capCount();

            assertThat(count.barrels()).isEqualTo(new BigDecimal(barrels));
        }

        @Test
        void countsCrudeOilInBarrelsAndTonnes() {
            RuleFinding crude = judge(to(1, "crude oil", "2709.00", "1000", "t")).findings().get(0);

            assertThat(crude.ruleId()).isEqualTo("2397-4-crude-oil");
            assertThat(crude.capCount().tonnes()).isEqualByComparingTo("1000");
            assertThat(crude.capCount().barrels()).isEqualByComparingTo("7619.048");
            assertThat(crude.capCount().limitBarrels()).isEqualByComparingTo("4000000");
            assertThat(crude.reasonEn()).contains("1,000 t = 7,619.0 bbl (1,000.0 t) (at the ratio of the two limits, 4,000,000.0 bbl to 525,000.0 t)")
                    .contains("counted against the crude-oil cap for the twelve months 2018-12-22 to 2019-12-21");
        }

        @Test
        void reportsTonnesOfCrudeOilGivenByVolume() {
            CapCount count = judge(to(1, "crude oil", "2709", "4000000", "bbl")).findings().get(0).capCount();

            assertThat(count.tonnes()).isEqualByComparingTo("525000");
            assertThat(count.remaining()).isEqualByComparingTo("0");
        }

        @ParameterizedTest
        @ValueSource(strings = {"piece", "doses", "drum", "m"})
        void refusesAUnitThatCannotBeConvertedToBarrelsNamingTheLineAndTheUnit(String unit) {
            assertThatThrownBy(() -> judge(to(1, "sugar", "1701.99", "5", "t"), to(7, "diesel", "2710.19", "5", unit)))
                    .isInstanceOf(InvalidInputException.class)
                    .asInstanceOf(type(InvalidInputException.class))
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("items[1].unit");
                        assertThat(e.reason()).startsWith("line 7: '" + unit + "' cannot be converted to barrels")
                                .contains("refined-petroleum cap").contains("bbl, gal, kg, l, m3, t");
                    });
        }

        @Test
        void leavesCondensatesOutOfTheCrudeOilCap() {
            assertThat(judge(product(to(1, "condensate", "2709.00", "100", "bbl"), "condensate")).findings())
                    .extracting(RuleFinding::ruleId).containsExactly("2375-13-condensates-ngl");
        }

        @Test
        void countsNothingForFuelFromTheDprk() {
            assertThat(judge(from(1, "diesel", "2710.19", "100", "bbl")).findings()).isEmpty();
        }
    }

    @Nested
    class LuxuryGoods {

        @ParameterizedTest(name = "HS {0}: {1} {2} for US${3} -> luxury {4}")
        @CsvSource(delimiter = '|', textBlock = """
                5701.10 | 1  | piece | 500    | false
                5701.10 | 1  | piece | 500.01 | true
                5705.00 | 4  | piece | 2000   | false
                5705.00 | 4  | piece | 2004   | true
                5702.31 | 30 | kg    | 500    | false
                5702.31 | 30 | kg    | 501    | true
                6911.10 | 1  | set   | 100    | false
                6911.10 | 1  | set   | 100.50 | true
                6911.10 | 10 | piece | 1000   | false
                6911.10 | 10 | piece | 1010   | true
                6912.00 | 1  | piece | 5000   | false
                7113.19 | 1  | piece | 50     | true
                9101.11 | 1  | piece | 20     | true
                9102.11 | 1  | piece | 20     | false
                7013.22 | 6  | piece | 60     | true
                7013.28 | 6  | piece | 60     | false
                """)
        void appliesLuxuryThresholdsAboveTheLimitOnly(String hs, String quantity, String unit, String value,
                boolean luxury) {
            ItemRulesResult result = judge(valued(to(1, "goods", hs, quantity, unit), value));

            if (luxury) {
                assertThat(result.findings()).singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(RuleKind.LUXURY);
                    assertThat(f.consequence()).isEqualTo(Consequence.UN_EXEMPTION_REQUIRED);
                });
            } else {
                assertThat(result.findings()).isEmpty();
            }
        }

        @Test
        void explainsTheValueAgainstTheThreshold() {
            RuleFinding rug = judge(valued(to(1, "silk rug", "5701.10", "2", "piece"), "1400")).findings().get(0);

            assertThat(rug.ruleId()).isEqualTo("2321-annex-iv-rugs-tapestries");
            assertThat(rug.citation()).isEqualTo("S/RES/2321 (2016), annex IV");
            assertThat(rug.reasonEn()).contains("Declared value US$700 per piece is above US$500");
            assertThat(rug.reasonKo()).contains("700달러(piece당)가 500달러를 넘으므로");
        }

        @Test
        void refusesALuxuryLineWithAThresholdButNoValue() {
            assertThatThrownBy(() -> judge(to(1, "tea set", "6911.10", "1", "set")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("items[0].totalValueUsd")
                    .hasMessageContaining("above US$100");
        }

        @Test
        void leavesLuxuryGoodsFromTheDprkAlone() {
            assertThat(judge(valued(from(1, "rug", "5701.10", "1", "piece"), "9000")).findings())
                    .extracting(RuleFinding::ruleId).containsExactly("2375-16-textiles");
        }
    }

    @Nested
    class JointVentures {

        @Test
        void findsTheJointVentureBanForTheWholeCase() {
            CaseFacts facts = new CaseFacts("ROK-2019-007", FILED, true, List.of(to(1, "rice", "1006.30", "10", "t")));

            assertThat(CURRENT.apply(facts, CapUsage.NONE).findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("2375-18-joint-ventures");
                assertThat(f.kind()).isEqualTo(RuleKind.CASE);
                assertThat(f.line()).isNull();
                assertThat(f.citation()).isEqualTo("S/RES/2375 (2017), para 18");
                assertThat(f.consequence()).isEqualTo(Consequence.UN_EXEMPTION_REQUIRED);
                assertThat(f.reasonEn()).startsWith("Case ROK-2019-007 declares: the project opens, maintains or operates a joint venture")
                        .contains("in particular non-commercial public-utility infrastructure");
                assertThat(f.reasonKo()).contains("특히 이윤을 창출하지 않는 비상업적 공공 인프라 사업").doesNotContain("에만");
            });
        }

        @Test
        void putsCaseLevelFindingsFirst() {
            CaseFacts facts = new CaseFacts("ROK-2019-008", FILED, true, List.of(to(1, "truck", "8704.21", "1", "piece")));

            assertThat(CURRENT.apply(facts, CapUsage.NONE).findings()).extracting(RuleFinding::line)
                    .containsExactly(null, 1);
        }
    }

    @Nested
    class CatchAll {

        @ParameterizedTest(name = "HS {0} marked possibly military -> review {1}")
        @CsvSource(delimiter = '|', textBlock = """
                9015.80 | true
                3822.00 | true
                2811.19 | true
                1006.30 | false
                2402.20 | false
                3004.90 | false
                3006.50 | false
                3101.00 | true
                """)
        void asksForAReviewOfItemsThatAreNeitherFoodNorMedicine(String hs, boolean review) {
            ItemRulesResult result = judge(militaryUse(to(1, "goods", hs, "1", "piece")));

            if (review) {
                assertThat(result.findings()).singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("2270-8-catch-all");
                    assertThat(f.consequence()).isEqualTo(Consequence.JOINT_REVIEW);
                    assertThat(f.needsUnExemption()).isFalse();
                });
            } else {
                assertThat(result.findings()).isEmpty();
            }
        }

        @Test
        void reviewsOnlyItemsMarkedAsPossiblyMilitary() {
            assertThat(judge(to(1, "survey instruments", "9015.80", "1", "piece")).findings()).isEmpty();
        }

        @Test
        void reviewsAndBansAMarkedItemThatIsAlsoBanned() {
            assertThat(judge(militaryUse(to(1, "truck", "8704.21", "1", "piece"))).findings())
                    .extracting(RuleFinding::ruleId).containsExactly("2397-7-vehicles", "2270-8-catch-all");
        }
    }

    @Nested
    class AircraftSpareParts {

        @ParameterizedTest(name = "HS {0} declared a civil aircraft spare part")
        @ValueSource(strings = {"8803.30", "8807.30", "8411.91", "8409.10", "8412.21"})
        void notesTheExceptionInsteadOfTheBan(String hs) {
            ItemRulesResult result = judge(aircraftPart(to(1, "spare part for a Tu-204", hs, "2", "piece")));

            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("2397-7-aircraft-spare-parts");
                assertThat(f.kind()).isEqualTo(RuleKind.EXCEPTION);
                assertThat(f.consequence()).isEqualTo(Consequence.NOTED);
                assertThat(f.citation()).isEqualTo("S/RES/2397 (2017), para 7");
                assertThat(f.reasonEn()).contains("This lifts 2397-7-");
            });
        }

        @Test
        void bansTheSamePartWhenItIsNotDeclaredAnAircraftSparePart() {
            assertThat(judge(to(1, "aircraft part", "8803.30", "2", "piece")).findings())
                    .extracting(RuleFinding::ruleId).containsExactly("2397-7-vehicles");
        }

        @Test
        void keepsTheBanForItemsOutsideTheExceptionsScope() {
            assertThat(judge(aircraftPart(to(1, "insulated containers", "3923.10", "1", "piece"))).findings()).isEmpty();
            assertThat(judge(aircraftPart(to(1, "whole helicopter", "8802.12", "1", "piece"))).findings())
                    .extracting(RuleFinding::ruleId)
                    .containsExactly("2397-7-aircraft-spare-parts", "2321-30-helicopters");
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest(name = "''{0}''")
        @NullAndEmptySource
        @ValueSource(strings = {"87", "870", "8704..21", ".8704", "8704.", "87O4", "8704 21", "8704-21",
                "12345678901", "HS8704", " "})
        void refusesAMalformedHsCodeNamingTheItem(String hs) {
            assertThatThrownBy(() -> judge(to(1, "rice", "1006.30", "1", "t"),
                    new ItemFacts(2, "truck", hs, BigDecimal.ONE, "piece", null, Direction.TO_SANCTIONED, false, false)))
                    .isInstanceOf(InvalidInputException.class)
                    .asInstanceOf(type(InvalidInputException.class))
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("items[1].hsCode");
                        assertThat(e.reason()).contains("line 2").contains("is not an HS code");
                    });
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"8704", "8704.21", "870421", "8704.21.10", "8704.21.1000", " 8704.21 "})
        void acceptsHsCodesOfFourToTenDigits(String hs) {
            assertThat(judge(to(1, "truck", hs, "1", "piece")).findings()).extracting(RuleFinding::ruleId)
                    .containsExactly("2397-7-vehicles");
        }

        @Test
        void refusesMalformedFactsNamingTheField() {
            List<ItemFacts> twice = new ArrayList<>(List.of(to(1, "a", "1006", "1", "t"), to(1, "b", "1006", "1", "t")));
            assertThatThrownBy(() -> CURRENT.apply(new CaseFacts("X", FILED, false, twice), CapUsage.NONE))
                    .hasMessageStartingWith("items[1].line: line 1 is also items[0]");
            assertThatThrownBy(() -> judge(to(1, "rice", "1006", "0", "t")))
                    .hasMessageStartingWith("items[0].quantity");
            assertThatThrownBy(() -> judge(to(1, "rice", "1006", "1", " ")))
                    .hasMessageStartingWith("items[0].unit");
            assertThatThrownBy(() -> judge(new ItemFacts(3, "rice", "1006", BigDecimal.ONE, "t", null, null, false, false)))
                    .hasMessageStartingWith("items[0].direction");
            assertThatThrownBy(() -> judge(valued(to(1, "rice", "1006", "1", "t"), "-1")))
                    .hasMessageStartingWith("items[0].totalValueUsd");
            assertThatThrownBy(() -> CURRENT.apply(new CaseFacts(" ", FILED, false, List.of()), CapUsage.NONE))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("caseRef");
            assertThatThrownBy(() -> CURRENT.apply(new CaseFacts("X", null, false, List.of()), CapUsage.NONE))
                    .hasMessageStartingWith("filedOn");
        }

        @Test
        void judgesACaseWithoutItems() {
            assertThat(CURRENT.apply(new CaseFacts("X", FILED, false, List.of()), CapUsage.NONE).findings()).isEmpty();
        }
    }
}
