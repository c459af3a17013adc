package dev.tandem.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item rule as its rule file states it (see {@code rules/README.md} for the fields).
 *
 * @param direction null for case-level rules (joint venture)
 * @param hs        HS chapters, headings or subheadings, or ranges of one length ("72-83", "5701-5705", "2805.30")
 * @param exceptHs  parts of {@code hs} the rule leaves out
 * @param when      the item flag the rule needs ("possibleMilitaryUse", "civilAircraftSparePart"), or null
 * @param excepts   for {@link RuleKind#EXCEPTION}: the ids of the bans it lifts
 * @param aboveUsd  for {@link RuleKind#LUXURY}: the value in US dollars above which it applies, or null
 * @param cap       for {@link RuleKind#CAP}: the cap; otherwise null
 * @param notes     where the figures come from, with {@code [R]} on those to verify
 */
public record ItemRule(String id, RuleKind kind, Direction direction, List<String> hs, List<String> exceptHs,
        String when, List<String> excepts, BigDecimal aboveUsd, CapRule cap, String resolution, String paragraph,
        String citation, String reasonEn, String reasonKo, String notes) {

    public ItemRule {
        hs = List.copyOf(hs);
        exceptHs = List.copyOf(exceptHs);
        excepts = List.copyOf(excepts);
    }
}
