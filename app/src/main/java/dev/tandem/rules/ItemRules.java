package dev.tandem.rules;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.tandem.common.InvalidInputException;

/**
 * One version of the item rules, in force from {@link #effectiveFrom()}, and the engine that applies it. Pure: it
 * reads nothing but its rules and the facts and cap usage it is given, and changes nothing.
 *
 * <p>Each rule that applies gives one {@link RuleFinding} with its reason: a ban or luxury good needs a 1718
 * Committee exemption; a cap counts the line in barrels (in line order, after what other cases used that year)
 * or finds it over the cap; the catch-all asks for a joint review; an exception lifts the bans it names for a line
 * and is noted instead. A line may give several findings (a yacht is a vehicle and a luxury good).
 */
public final class ItemRules {

    private static final int SCALE = 3;

    private final String version;
    private final LocalDate effectiveFrom;
    private final String title;
    private final List<String> notes;
    private final List<ItemRule> rules;
    private final Units units;
    private final List<Scoped> itemRules = new ArrayList<>();

    private record Scoped(ItemRule rule, HsScope scope) {
    }

    ItemRules(String version, LocalDate effectiveFrom, String title, List<String> notes, List<ItemRule> rules,
            Units units) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.title = title;
        this.notes = List.copyOf(notes);
        this.rules = List.copyOf(rules);
        this.units = units;
        for (ItemRule rule : this.rules) {
            if (rule.kind() != RuleKind.JOINT_VENTURE) {
                itemRules.add(new Scoped(rule, HsScope.of(rule.hs(), rule.exceptHs())));
            }
        }
    }

    /** Reads a rule version from a JSON rule file; {@code source} names it in error messages. */
    public static ItemRules read(InputStream in, String source) {
        return RuleFileReader.read(in, source);
    }

    public String version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String title() {
        return title;
    }

    public List<String> notes() {
        return notes;
    }

    public List<ItemRule> rules() {
        return rules;
    }

    /**
     * The findings for a case. Caps are counted for the calendar year the case was filed in, after
     * {@code usage} (what other cases used; leave this case out of it when re-triaging).
     *
     * @throws InvalidInputException when the facts are malformed, a luxury line with a threshold has no value, or
     *                               a capped line's unit cannot be converted to barrels
     */
    public ItemRulesResult apply(CaseFacts facts, CapUsage usage) {
        List<String> digits = FactsCheck.hsDigits(facts);
        Judging judging = new Judging(facts, Objects.requireNonNull(usage, "usage"));
        if (facts.jointVentureWithDprkEntity()) {
            for (ItemRule rule : rules) {
                if (rule.kind() == RuleKind.JOINT_VENTURE) {
                    judging.jointVenture(rule);
                }
            }
        }
        for (int i = 0; i < facts.items().size(); i++) {
            judging.item(i, facts.items().get(i), digits.get(i));
        }
        return new ItemRulesResult(version, effectiveFrom, judging.findings);
    }

    @Override
    public String toString() {
        return "item rules " + version + " (from " + effectiveFrom + ", " + rules.size() + " rules)";
    }

    /** The work of one {@link #apply} call: its findings so far and what this case has counted against caps. */
    private final class Judging {

        private final CaseFacts facts;
        private final CapUsage usage;
        private final int year;
        private final List<RuleFinding> findings = new ArrayList<>();
        private final Map<String, BigDecimal> usedByOthers = new HashMap<>();
        private final Map<String, BigDecimal> countedHere = new HashMap<>();

        Judging(CaseFacts facts, CapUsage usage) {
            this.facts = facts;
            this.usage = usage;
            this.year = facts.filedOn().getYear();
        }

        void jointVenture(ItemRule rule) {
            findings.add(new RuleFinding(rule.id(), version, rule.kind(), null, rule.citation(),
                    RuleTexts.en("finding.case", facts.caseRef(), rule.reasonEn(), RuleTexts.en("ban", rule.citation())),
                    RuleTexts.ko("finding.case", facts.caseRef(), rule.reasonKo(), RuleTexts.ko("ban", rule.citation())),
                    Consequence.UN_EXEMPTION_REQUIRED, null));
        }

        void item(int index, ItemFacts item, String digits) {
            List<ItemRule> matching = new ArrayList<>();
            for (Scoped scoped : itemRules) {
                ItemRule rule = scoped.rule();
                if (rule.direction() == item.direction() && flagHolds(rule.when(), item) && scoped.scope().covers(digits)) {
                    matching.add(rule);
                }
            }
            Map<String, ItemRule> liftedBy = new LinkedHashMap<>();
            for (ItemRule exception : matching) {
                if (exception.kind() == RuleKind.EXCEPTION) {
                    for (ItemRule banned : matching) {
                        if (exception.excepts().contains(banned.id())) {
                            liftedBy.putIfAbsent(banned.id(), exception);
                        }
                    }
                }
            }
            for (ItemRule rule : matching) {
                switch (rule.kind()) {
                    case BAN -> {
                        if (!liftedBy.containsKey(rule.id())) {
                            add(rule, item, Consequence.UN_EXEMPTION_REQUIRED, null,
                                    RuleTexts.en("ban", rule.citation()), RuleTexts.ko("ban", rule.citation()));
                        }
                    }
                    case LUXURY -> luxury(index, rule, item);
                    case CATCH_ALL -> add(rule, item, Consequence.JOINT_REVIEW, null,
                            RuleTexts.en("catch-all", rule.citation()), RuleTexts.ko("catch-all", rule.citation()));
                    case CAP -> cap(index, rule, item);
                    case EXCEPTION -> exception(rule, item, liftedBy);
                    case JOINT_VENTURE -> throw new IllegalStateException("case-level rule " + rule.id() + " on a line");
                }
            }
        }

        private void luxury(int index, ItemRule rule, ItemFacts item) {
            if (rule.aboveUsd() == null) {
                add(rule, item, Consequence.UN_EXEMPTION_REQUIRED, null,
                        RuleTexts.en("ban", rule.citation()), RuleTexts.ko("ban", rule.citation()));
                return;
            }
            if (item.totalValueUsd() == null) {
                throw new InvalidInputException("items[" + index + "].totalValueUsd", "line " + item.line() + " (HS "
                        + item.hsCode().strip() + ") is a luxury good above US$" + RuleTexts.usd(rule.aboveUsd())
                        + " (" + rule.citation() + "); give its value in US dollars");
            }
            Units.Unit unit = units.find(item.unit());
            boolean perUnit = unit != null && unit.measure() == Units.Measure.COUNT;
            BigDecimal value = perUnit
                    ? item.totalValueUsd().divide(item.quantity(), MathContext.DECIMAL128)
                    : item.totalValueUsd();
            if (value.compareTo(rule.aboveUsd()) > 0) {
                String shown = RuleTexts.usd(value.setScale(2, RoundingMode.HALF_UP));
                String limit = RuleTexts.usd(rule.aboveUsd());
                add(rule, item, Consequence.UN_EXEMPTION_REQUIRED, null,
                        RuleTexts.en("luxury", shown, perUnit ? RuleTexts.en("luxury.per-unit", unit.name())
                                : RuleTexts.en("luxury.per-line"), limit, rule.citation()),
                        RuleTexts.ko("luxury", shown, perUnit ? RuleTexts.ko("luxury.per-unit", unit.name())
                                : RuleTexts.ko("luxury.per-line"), limit, rule.citation()));
            }
        }

        private void cap(int index, ItemRule rule, ItemFacts item) {
            CapRule cap = rule.cap();
            Units.Unit unit = units.find(item.unit());
            BigDecimal barrels = null;
            BigDecimal tonnes = null;
            if (unit != null && unit.measure() == Units.Measure.VOLUME) {
                barrels = item.quantity().multiply(unit.factor()).divide(units.litresPerBarrel(), MathContext.DECIMAL128);
            } else if (unit != null && unit.measure() == Units.Measure.WEIGHT) {
                tonnes = item.quantity().multiply(unit.factor());
                barrels = cap.barrelsIn(tonnes);
            }
            if (barrels == null) {
                boolean weights = cap.barrelsPerTonne() != null || cap.limitTonnes() != null;
                throw new InvalidInputException("items[" + index + "].unit", "line " + item.line() + ": '"
                        + item.unit().strip() + "' cannot be converted to barrels for the " + capName(cap, true)
                        + " cap (" + rule.citation() + "); give the quantity in " + units.convertibleNames(weights));
            }
            barrels = barrels.setScale(SCALE, RoundingMode.HALF_UP);
            if (cap.limitTonnes() != null) {
                tonnes = (tonnes != null ? tonnes : cap.tonnesIn(barrels)).setScale(SCALE, RoundingMode.HALF_UP);
            } else {
                tonnes = null;
            }
            BigDecimal usedBefore = usedByOthers(cap.id()).add(countedHere.getOrDefault(cap.id(), BigDecimal.ZERO));
            BigDecimal available = cap.limitBarrels().subtract(usedBefore).max(BigDecimal.ZERO);
            boolean fits = barrels.compareTo(available) <= 0;
            BigDecimal remaining = fits ? available.subtract(barrels) : available;
            if (fits) {
                countedHere.merge(cap.id(), barrels, BigDecimal::add);
            }
            CapCount count = new CapCount(cap.id(), year, barrels, tonnes, cap.limitBarrels(),
                    usedBefore.setScale(SCALE, RoundingMode.HALF_UP), remaining.setScale(SCALE, RoundingMode.HALF_UP));
            String key = fits ? "cap.counted" : "cap.exceeded";
            String quantity = RuleTexts.quantity(item.quantity());
            String unitName = item.unit().strip();
            add(rule, item, fits ? Consequence.CAP_COUNTED : Consequence.CAP_EXCEEDED, count,
                    RuleTexts.en(key, quantity, unitName, amount(count, true), capName(cap, true), year,
                            RuleTexts.amount(usedBefore), RuleTexts.amount(remaining),
                            RuleTexts.amount(cap.limitBarrels()), rule.citation()),
                    RuleTexts.ko(key, quantity, unitName, amount(count, false), capName(cap, false), year,
                            RuleTexts.amount(usedBefore), RuleTexts.amount(remaining),
                            RuleTexts.amount(cap.limitBarrels()), rule.citation()));
        }

        private void exception(ItemRule rule, ItemFacts item, Map<String, ItemRule> liftedBy) {
            List<String> lifted = new ArrayList<>();
            liftedBy.forEach((banId, by) -> {
                if (by == rule) {
                    lifted.add(banId);
                }
            });
            if (!lifted.isEmpty()) {
                String ids = String.join(", ", lifted);
                add(rule, item, Consequence.NOTED, null, RuleTexts.en("exception", ids, rule.citation()),
                        RuleTexts.ko("exception", ids, rule.citation()));
            }
        }

        private BigDecimal usedByOthers(String capId) {
            return usedByOthers.computeIfAbsent(capId,
                    id -> Objects.requireNonNullElse(usage.used(id, year), BigDecimal.ZERO));
        }

        private void add(ItemRule rule, ItemFacts item, Consequence consequence, CapCount count, String en, String ko) {
            String description = item.description().strip();
            String code = item.hsCode().strip();
            findings.add(new RuleFinding(rule.id(), version, rule.kind(), item.line(), rule.citation(),
                    RuleTexts.en("finding.line", item.line(), description, code, rule.reasonEn(), en),
                    RuleTexts.ko("finding.line", item.line(), description, code, rule.reasonKo(), ko),
                    consequence, count));
        }
    }

    static boolean flagHolds(String when, ItemFacts item) {
        if (when == null) {
            return true;
        }
        switch (when) {
            case "possibleMilitaryUse":
                return item.possibleMilitaryUse();
            case "civilAircraftSparePart":
                return item.civilAircraftSparePart();
            default:
                throw new IllegalStateException("unknown item flag " + when);
        }
    }

    static String capName(CapRule cap, boolean english) {
        String key = "cap.name." + cap.id();
        if (!RuleTexts.has(key)) {
            return cap.id();
        }
        return english ? RuleTexts.en(key) : RuleTexts.ko(key);
    }

    private static String amount(CapCount count, boolean english) {
        if (count.tonnes() == null) {
            return english ? RuleTexts.en("cap.barrels", RuleTexts.amount(count.barrels()))
                    : RuleTexts.ko("cap.barrels", RuleTexts.amount(count.barrels()));
        }
        return english
                ? RuleTexts.en("cap.barrels-tonnes", RuleTexts.amount(count.barrels()), RuleTexts.amount(count.tonnes()))
                : RuleTexts.ko("cap.barrels-tonnes", RuleTexts.amount(count.barrels()), RuleTexts.amount(count.tonnes()));
    }
}
