package dev.tandem.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Line items and cases for the rules tests, in the shapes the worked mappings of the domain brief use. */
final class RulesFixture {

    static final LocalDate FILED = LocalDate.of(2019, 1, 15);
    static final ItemRuleBook BOOK = ItemRuleBook.shipped();
    static final ItemRules CURRENT = BOOK.at(FILED);

    private RulesFixture() {
    }

    static ItemFacts to(int line, String description, String hs, String quantity, String unit) {
        return new ItemFacts(line, description, hs, new BigDecimal(quantity), unit, null, Direction.TO_SANCTIONED,
                false, false);
    }

    static ItemFacts from(int line, String description, String hs, String quantity, String unit) {
        return new ItemFacts(line, description, hs, new BigDecimal(quantity), unit, null, Direction.FROM_SANCTIONED,
                false, false);
    }

    static ItemFacts valued(ItemFacts item, String totalValueUsd) {
        return new ItemFacts(item.line(), item.description(), item.hsCode(), item.quantity(), item.unit(),
                totalValueUsd == null ? null : new BigDecimal(totalValueUsd), item.direction(),
                item.possibleMilitaryUse(), item.civilAircraftSparePart());
    }

    static ItemFacts militaryUse(ItemFacts item) {
        return new ItemFacts(item.line(), item.description(), item.hsCode(), item.quantity(), item.unit(),
                item.totalValueUsd(), item.direction(), true, item.civilAircraftSparePart());
    }

    static ItemFacts aircraftPart(ItemFacts item) {
        return new ItemFacts(item.line(), item.description(), item.hsCode(), item.quantity(), item.unit(),
                item.totalValueUsd(), item.direction(), item.possibleMilitaryUse(), true);
    }

    static CaseFacts caseOf(ItemFacts... items) {
        return new CaseFacts("ROK-2019-001", FILED, false, List.of(items));
    }

    static CaseFacts caseOn(String ref, LocalDate filedOn, ItemFacts... items) {
        return new CaseFacts(ref, filedOn, false, List.of(items));
    }

    static ItemRulesResult judge(ItemFacts... items) {
        return CURRENT.apply(caseOf(items), CapUsage.NONE);
    }

    static CapUsage used(String capId, String barrels) {
        return (cap, year) -> cap.equals(capId) ? new BigDecimal(barrels) : BigDecimal.ZERO;
    }
}
