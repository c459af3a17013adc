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
                item.possibleMilitaryUse(), item.declaredPurpose(), item.product());
    }

    static ItemFacts militaryUse(ItemFacts item) {
        return new ItemFacts(item.line(), item.description(), item.hsCode(), item.quantity(), item.unit(),
                item.totalValueUsd(), item.direction(), true, item.declaredPurpose(), item.product());
    }

    static ItemFacts aircraftPart(ItemFacts item) {
        return declared(item, ItemFacts.CIVIL_AIRCRAFT_SPARE_PART);
    }

    static ItemFacts declared(ItemFacts item, String purpose) {
        return new ItemFacts(item.line(), item.description(), item.hsCode(), item.quantity(), item.unit(),
                item.totalValueUsd(), item.direction(), item.possibleMilitaryUse(), purpose, item.product());
    }

    static ItemFacts product(ItemFacts item, String product) {
        return new ItemFacts(item.line(), item.description(), item.hsCode(), item.quantity(), item.unit(),
                item.totalValueUsd(), item.direction(), item.possibleMilitaryUse(), item.declaredPurpose(), product);
    }

    static CaseFacts declaring(String ref, java.util.Set<String> declarations, ItemFacts... items) {
        return new CaseFacts(ref, FILED, FILED, declarations, List.of(items));
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
