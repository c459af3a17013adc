package dev.tandem.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;

import static dev.tandem.rules.RulesFixture.caseOn;
import static dev.tandem.rules.RulesFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemRuleBookTests {

    private static final LocalDate V2_FROM = LocalDate.of(2030, 1, 1);

    /** The shipped rules, changed as a later resolution might: a new id, a new date and a halved petroleum cap. */
    private static ItemRules secondVersion() {
        String json = shippedJson()
                .replace("\"version\": \"un-dprk-2397\"", "\"version\": \"test-2030\"")
                .replace("\"effectiveFrom\": \"2017-12-22\"", "\"effectiveFrom\": \"" + V2_FROM + "\"")
                .replace("\"limitBarrels\": \"500000\"", "\"limitBarrels\": \"250000\"");
        return ItemRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-2030.json");
    }

    private static String shippedJson() {
        try (InputStream in = ItemRuleBookTests.class.getResourceAsStream("/rules/item-rules-2397.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final ItemRuleBook book = ItemRuleBook.of(List.of(secondVersion(), RulesFixture.CURRENT));

    @Test
    void shipsTheCurrentVersion() {
        ItemRuleBook shipped = ItemRuleBook.shipped();

        assertThat(shipped.versions()).extracting(ItemRules::version).containsExactly("un-dprk-2397");
        ItemRules current = shipped.at(LocalDate.of(2026, 3, 1));
        assertThat(current.effectiveFrom()).isEqualTo(LocalDate.of(2017, 12, 22));
        assertThat(current.rules()).extracting(ItemRule::kind).contains(RuleKind.values());
        assertThat(current.rules()).allSatisfy(rule -> {
            assertThat(rule.citation()).startsWith("S/RES/");
            assertThat(rule.reasonEn()).isNotBlank();
            assertThat(rule.reasonKo()).isNotBlank();
        });
    }

    @Test
    void picksTheVersionInForceOnADate() {
        assertThat(book.at(LocalDate.of(2017, 12, 22)).version()).isEqualTo("un-dprk-2397");
        assertThat(book.at(V2_FROM.minusDays(1)).version()).isEqualTo("un-dprk-2397");
        assertThat(book.at(V2_FROM).version()).isEqualTo("test-2030");
        assertThat(book.at(V2_FROM.plusYears(5)).version()).isEqualTo("test-2030");
        assertThat(book.versions()).extracting(ItemRules::version).containsExactly("un-dprk-2397", "test-2030");
    }

    @Test
    void refusesADateBeforeTheFirstVersion() {
        assertThatThrownBy(() -> book.at(LocalDate.of(2017, 12, 21)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("filedOn: no item rules were in force on 2017-12-21; the earliest version takes effect on 2017-12-22");
    }

    @Test
    void judgesACaseUnderTheVersionOfItsFilingDateAndNamesIt() {
        ItemFacts fuel = to(1, "diesel", "2710.19", "300000", "bbl");

        ItemRulesResult before = book.apply(caseOn("A", V2_FROM.minusDays(1), fuel), CapUsage.NONE);
        ItemRulesResult after = book.apply(caseOn("B", V2_FROM, fuel), CapUsage.NONE);

        assertThat(before.ruleVersion()).isEqualTo("un-dprk-2397");
        assertThat(before.findings()).extracting(RuleFinding::ruleVersion, RuleFinding::consequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("un-dprk-2397", Consequence.CAP_COUNTED));
        assertThat(after.ruleVersion()).isEqualTo("test-2030");
        assertThat(after.findings()).extracting(RuleFinding::ruleVersion, RuleFinding::consequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("test-2030", Consequence.CAP_EXCEEDED));
    }

    @Test
    void keepsACasesVersionUntilItIsTriagedAgain() {
        CaseFacts filedEarly = caseOn("A", LocalDate.of(2029, 6, 1), to(1, "diesel", "2710.19", "300000", "bbl"));
        String kept = book.apply(filedEarly, CapUsage.NONE).ruleVersion();

        ItemRulesResult recounted = book.version(kept).apply(filedEarly, CapUsage.NONE);
        ItemRulesResult retriaged = book.at(V2_FROM.plusMonths(2)).apply(filedEarly, CapUsage.NONE);

        assertThat(recounted.ruleVersion()).isEqualTo("un-dprk-2397");
        assertThat(recounted.findings().get(0).consequence()).isEqualTo(Consequence.CAP_COUNTED);
        assertThat(retriaged.ruleVersion()).isEqualTo("test-2030");
        assertThat(retriaged.findings().get(0).consequence()).isEqualTo(Consequence.CAP_EXCEEDED);
    }

    @Test
    void refusesAnUnknownVersionId() {
        assertThatThrownBy(() -> book.version("un-dprk-1718"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ruleVersion: no item rule version with id un-dprk-1718");
    }

    @Test
    void refusesTwoVersionsOnOneDay() {
        assertThatThrownBy(() -> ItemRuleBook.of(List.of(RulesFixture.CURRENT, RulesFixture.CURRENT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both take effect on 2017-12-22");
    }
}
