package dev.tandem.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.common.InvalidInputException;

import static dev.tandem.rules.RulesFixture.caseOn;
import static dev.tandem.rules.RulesFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cap ledger, run on each database Tandem supports. Each test counts in a year of its own, so tests sharing
 * a database do not see each other's barrels.
 */
abstract class CapLedgerContract {

    private static final String REFINED = "refined-petroleum";

    @Autowired
    CapLedger ledger;
    @Autowired
    ItemRuleBook book;

    private static String newRef() {
        return "case-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static LocalDate in(int year) {
        return LocalDate.of(year, 3, 1);
    }

    private ItemRulesResult triage(String ref, int year, ItemFacts... items) {
        CaseFacts facts = caseOn(ref, in(year), items);
        return ledger.applyAndRecord(book.at(facts.filedOn()), facts);
    }

    @Test
    void countsOtherCasesBeforeTheSurveyTrainFuel() {
        int year = 2041;
        triage(newRef(), year, to(1, "diesel for a power plant", "2710.19", "400000", "bbl"));
        String survey = newRef();

        RuleFinding fuel = triage(survey, year, to(1, "diesel for the survey train", "2710.19", "55000", "l"))
                .findings().get(0);

        assertThat(fuel.consequence()).isEqualTo(Consequence.CAP_COUNTED);
        assertThat(fuel.capCount().usedBefore()).isEqualByComparingTo("400000");
        assertThat(fuel.capCount().remaining()).isEqualByComparingTo("99654.060");
        assertThat(ledger.used(REFINED, year)).isEqualByComparingTo("400345.940");
        assertThat(ledger.entries(survey)).singleElement().satisfies(e -> {
            assertThat(e.capId()).isEqualTo(REFINED);
            assertThat(e.year()).isEqualTo(year);
            assertThat(e.barrels()).isEqualByComparingTo("345.940");
            assertThat(e.recordedAt()).isNotNull();
        });
    }

    @Test
    void findsTheCapExceededByALaterCaseAndDoesNotCountIt() {
        int year = 2042;
        triage(newRef(), year, to(1, "diesel", "2710.19", "499800", "bbl"));
        String late = newRef();

        RuleFinding fuel = triage(late, year, to(1, "diesel", "2710.19", "55000", "l")).findings().get(0);

        assertThat(fuel.consequence()).isEqualTo(Consequence.CAP_EXCEEDED);
        assertThat(fuel.capCount().remaining()).isEqualByComparingTo("200");
        assertThat(ledger.entries(late)).isEmpty();
        assertThat(ledger.used(REFINED, year)).isEqualByComparingTo("499800");
    }

    @Test
    void doesNotCountACaseTwiceWhenItIsTriagedAgain() {
        int year = 2043;
        String ref = newRef();
        triage(ref, year, to(1, "diesel", "2710.19", "300000", "bbl"));

        RuleFinding again = triage(ref, year, to(1, "diesel", "2710.19", "350000", "bbl")).findings().get(0);

        assertThat(again.consequence()).isEqualTo(Consequence.CAP_COUNTED);
        assertThat(again.capCount().usedBefore()).isEqualByComparingTo("0");
        assertThat(ledger.used(REFINED, year)).isEqualByComparingTo("350000");
    }

    @Test
    void releasesAWithdrawnCase() {
        int year = 2044;
        String withdrawn = newRef();
        String kept = newRef();
        triage(withdrawn, year, to(1, "diesel", "2710.19", "1000", "bbl"), to(2, "crude", "2709.00", "100", "t"));
        triage(kept, year, to(1, "diesel", "2710.19", "2000", "bbl"));

        assertThat(ledger.release(withdrawn)).isEqualTo(2);

        assertThat(ledger.entries(withdrawn)).isEmpty();
        assertThat(ledger.used(REFINED, year)).isEqualByComparingTo("2000");
        assertThat(ledger.used("crude-oil", year)).isEqualByComparingTo("0");
        assertThat(ledger.release(withdrawn)).isZero();
    }

    @Test
    void sumsTheLinesOfACasePerCapAndKeepsYearsApart() {
        int year = 2045;
        String ref = newRef();
        ledger.record(ref, List.of(
                counted("refined-petroleum", year, "100.5"), counted("refined-petroleum", year, "200.25"),
                counted("crude-oil", year, "7619.048"), counted("refined-petroleum", year + 1, "1"),
                new RuleFinding("2397-7-vehicles", "v", RuleKind.BAN, 4, "c", "en", "ko",
                        Consequence.UN_EXEMPTION_REQUIRED, null)));

        assertThat(ledger.entries(ref)).extracting(CapLedger.Entry::capId, CapLedger.Entry::year,
                e -> e.barrels().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("crude-oil", year, "7619.048"),
                        org.assertj.core.groups.Tuple.tuple("refined-petroleum", year, "300.75"),
                        org.assertj.core.groups.Tuple.tuple("refined-petroleum", year + 1, "1"));
        assertThat(ledger.used(REFINED, year)).isEqualByComparingTo("300.75");
        assertThat(ledger.used(REFINED, 1999)).isEqualByComparingTo("0");
    }

    @Test
    void leavesTheLedgerAsItWasWhenTheCaseIsRefused() {
        int year = 2048;
        String ref = newRef();
        triage(ref, year, to(1, "diesel", "2710.19", "1000", "bbl"));

        assertThatThrownBy(() -> triage(ref, year, to(1, "diesel", "2710.19", "12", "drum")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("items[0].unit");

        assertThat(ledger.used(REFINED, year)).isEqualByComparingTo("1000");
    }

    private static RuleFinding counted(String capId, int year, String barrels) {
        return new RuleFinding("rule", "v", RuleKind.CAP, 1, "c", "en", "ko", Consequence.CAP_COUNTED,
                new CapCount(capId, year, java.time.LocalDate.of(year, 1, 1), new BigDecimal(barrels), null,
                        new BigDecimal("500000"), BigDecimal.ZERO, BigDecimal.ZERO, "exact", null, null));
    }
}
