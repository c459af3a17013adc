package dev.tandem.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item rule as its rule file states it (see {@code rules/README.md} for the fields).
 *
 * @param direction      null for case-level rules
 * @param hs             HS chapters, headings or subheadings, or ranges of one length ("72-83", "5701-5705")
 * @param exceptHs       parts of {@code hs} the rule leaves out
 * @param products       when not empty, the rule applies only to lines of these products
 * @param exceptProducts the rule leaves lines of these products out
 * @param when           the item flag or declared purpose the rule needs ("possibleMilitaryUse",
 *                       "civil-aircraft-spare-part"), or null
 * @param whenCase       for {@link RuleKind#CASE}: the case declaration it needs
 * @param outcome        for {@link RuleKind#CASE}: what follows when it applies
 * @param excepts        for {@link RuleKind#EXCEPTION}: the ids of the bans it lifts
 * @param aboveUsd       for {@link RuleKind#LUXURY}: the value in US dollars above which it applies, or null
 * @param cap            for {@link RuleKind#CAP}: the cap; otherwise null
 * @param conditions     conditions the resolution sets on what the rule allows, shown on the clearance, or null
 * @param notes          where the figures come from and any doubt left
 */
public record ItemRule(String id, RuleKind kind, Direction direction, List<String> hs, List<String> exceptHs,
        List<String> products, List<String> exceptProducts, String when, String whenCase, Consequence outcome,
        List<String> excepts, BigDecimal aboveUsd, CapRule cap, String resolution, String paragraph, String citation,
        String reasonEn, String reasonKo, String conditionsEn, String conditionsKo, String notes) {

    public ItemRule {
        hs = List.copyOf(hs);
        exceptHs = List.copyOf(exceptHs);
        products = List.copyOf(products);
        exceptProducts = List.copyOf(exceptProducts);
        excepts = List.copyOf(excepts);
    }

    Bilingual reason() {
        return new Bilingual(reasonEn, reasonKo);
    }

    /** The conditions in both languages, or null. */
    Bilingual conditions() {
        return conditionsEn == null ? null : new Bilingual(conditionsEn, conditionsKo);
    }
}
