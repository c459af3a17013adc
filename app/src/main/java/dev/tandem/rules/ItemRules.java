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
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import dev.tandem.common.InvalidInputException;

/**
 * One version of the item rules, in force from {@link #effectiveFrom()} and written in the HS edition
 * {@link #hsEdition()}, and the engine that applies it. Pure: it reads nothing but its rules and the facts and cap
 * usage it is given, and changes nothing.
 *
 * <p>Each rule that applies gives one {@link RuleFinding} with its reason: a ban or luxury good needs a 1718
 * Committee exemption; a cap counts the line in barrels (in line order, after what other cases used in the
 * twelve-month period) or finds it over the cap; the catch-all asks for a joint review; an exception lifts the bans
 * it names for a line with the declared purpose and is noted instead; a case declaration brings its own rule. A
 * line may give several findings (a yacht is a vehicle and a luxury good).
 */
public final class ItemRules {

    private static final int SCALE = 3;

    private final String version;
    private final LocalDate effectiveFrom;
    private final String hsEdition;
    private final String title;
    private final List<String> notes;
    private final List<ItemRule> rules;
    private final Units units;
    private final Map<String, Product> products;
    private final Map<String, Bilingual> purposes;
    private final Map<String, Bilingual> declarations;
    private final HsEditions editions;
    private final List<Scoped> itemRules = new ArrayList<>();
    private final List<Scoped> productScopes = new ArrayList<>();
    private final Product fallback;

    private record Scoped(ItemRule rule, Product product, HsScope scope) {
    }

    ItemRules(String version, LocalDate effectiveFrom, String hsEdition, String title, List<String> notes,
            List<ItemRule> rules, Units units, Map<String, Product> products, Map<String, Bilingual> purposes,
            Map<String, Bilingual> declarations, HsEditions editions) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.hsEdition = hsEdition;
        this.title = title;
        this.notes = List.copyOf(notes);
        this.rules = List.copyOf(rules);
        this.units = units;
        this.products = Map.copyOf(products);
        this.purposes = Map.copyOf(purposes);
        this.declarations = Map.copyOf(declarations);
        this.editions = editions;
        for (ItemRule rule : this.rules) {
            if (rule.kind() != RuleKind.CASE) {
                itemRules.add(new Scoped(rule, null, HsScope.of(rule.hs(), rule.exceptHs())));
            }
        }
        Product last = null;
        for (Product product : products.values()) {
            if (!product.hs().isEmpty()) {
                productScopes.add(new Scoped(null, product, HsScope.of(product.hs(), List.of())));
            }
            if (product.fallback()) {
                last = product;
            }
        }
        this.fallback = last;
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

    /** The HS edition the rules' codes are written in ("HS2017"). */
    public String hsEdition() {
        return hsEdition;
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

    /** The purposes a line may declare (key to English name), for forms and the API. */
    public Map<String, String> purposeNames(boolean english) {
        return names(purposes, english);
    }

    /** The case declarations an applicant answers (key to English or Korean question). */
    public Map<String, String> declarationNames(boolean english) {
        return names(declarations, english);
    }

    /** The petroleum products of the conversion chart (key to name). */
    public Map<String, String> productNames(boolean english) {
        Map<String, Bilingual> names = new LinkedHashMap<>();
        products.forEach((key, product) -> names.put(key, product.name()));
        return names(names, english);
    }

    private static Map<String, String> names(Map<String, Bilingual> terms, boolean english) {
        Map<String, String> names = new java.util.TreeMap<>();
        terms.forEach((key, text) -> names.put(key, english ? text.en() : text.ko()));
        return names;
    }

    /**
     * The findings for a case. Caps are counted in the twelve-month period that holds the day the case is judged,
     * after {@code usage} (what other cases used; leave this case out of it when re-triaging).
     *
     * @throws InvalidInputException when the facts are malformed, a code does not exist in the HS edition of the
     *                               filing day, a luxury line with a threshold has no value, or a capped line's
     *                               unit cannot be converted to barrels
     */
    public ItemRulesResult apply(CaseFacts facts, CapUsage usage) {
        List<String> digits = FactsCheck.hsDigits(facts);
        checkDeclared(facts);
        List<HsEditions.Reading> readings = readCodes(facts, digits);
        Judging judging = new Judging(facts, Objects.requireNonNull(usage, "usage"));
        for (ItemRule rule : rules) {
            if (rule.kind() == RuleKind.CASE && facts.declarations().contains(rule.whenCase())) {
                judging.caseLevel(rule);
            }
        }
        for (int i = 0; i < facts.items().size(); i++) {
            judging.item(i, facts.items().get(i), readings.get(i));
        }
        return new ItemRulesResult(version, effectiveFrom, judging.findings);
    }

    private void checkDeclared(CaseFacts facts) {
        for (String declaration : facts.declarations()) {
            if (!declarations.containsKey(declaration)) {
                throw new InvalidInputException("declarations", "refusal.rules.declaration", declaration, version,
                        String.join(", ", declarations.keySet()));
            }
        }
        for (int i = 0; i < facts.items().size(); i++) {
            ItemFacts item = facts.items().get(i);
            if (item.declaredPurpose() != null && !purposes.containsKey(item.declaredPurpose())) {
                throw new InvalidInputException("items[" + i + "].declaredPurpose", "refusal.rules.declaredPurpose",
                        FactsCheck.line(item), item.declaredPurpose(), version, String.join(", ", purposes.keySet()));
            }
            if (item.product() != null && !products.containsKey(item.product())) {
                throw new InvalidInputException("items[" + i + "].product", "refusal.rules.product",
                        FactsCheck.line(item), item.product(), String.join(", ", products.keySet()));
            }
        }
    }

    private List<HsEditions.Reading> readCodes(CaseFacts facts, List<String> digits) {
        String filedIn = editions.on(facts.codesFiledOn());
        List<HsEditions.Reading> readings = new ArrayList<>(digits.size());
        for (int i = 0; i < digits.size(); i++) {
            Optional<HsEditions.Reading> reading = editions.read(digits.get(i), filedIn, hsEdition);
            if (reading.isEmpty()) {
                ItemFacts item = facts.items().get(i);
                throw new InvalidInputException("items[" + i + "].hsCode", "refusal.rules.hsEdition",
                        FactsCheck.line(item),
                        editions.whyNot(digits.get(i), filedIn, hsEdition, facts.codesFiledOn()).asRefusal());
            }
            readings.add(reading.get());
        }
        return readings;
    }

    /** The product a line is: the one it names, or the one its HS code belongs to, or null. */
    private Product productOf(ItemFacts item, String digits) {
        if (item.product() != null) {
            return products.get(item.product());
        }
        for (Scoped scoped : productScopes) {
            if (scoped.scope().covers(digits)) {
                return scoped.product();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "item rules " + version + " (from " + effectiveFrom + ", " + hsEdition + ", " + rules.size() + " rules)";
    }

    /** The work of one {@link #apply} call: its findings so far and what this case has counted against caps. */
    private final class Judging {

        private final CaseFacts facts;
        private final CapUsage usage;
        private final List<RuleFinding> findings = new ArrayList<>();
        private final Map<String, BigDecimal> usedByOthers = new HashMap<>();
        private final Map<String, BigDecimal> countedHere = new HashMap<>();

        Judging(CaseFacts facts, CapUsage usage) {
            this.facts = facts;
            this.usage = usage;
        }

        void caseLevel(ItemRule rule) {
            String key = switch (rule.outcome()) {
                case PROHIBITED -> "prohibited";
                case JOINT_REVIEW -> "review";
                default -> "ban";
            };
            RuleText text = RuleText.of("finding.case", facts.caseRef(), declarations.get(rule.whenCase()),
                    rule.reason(), RuleText.of(key, rule.citation()));
            findings.add(new RuleFinding(rule.id(), version, rule.kind(), null, rule.citation(), text.en(), text.ko(),
                    rule.outcome(), null));
        }

        void item(int index, ItemFacts item, HsEditions.Reading reading) {
            String digits = reading.digits();
            Product product = productOf(item, digits);
            List<ItemRule> matching = new ArrayList<>();
            for (Scoped scoped : itemRules) {
                ItemRule rule = scoped.rule();
                if (rule.direction() == item.direction() && flagHolds(rule.when(), item)
                        && productHolds(rule, product) && scoped.scope().covers(digits)) {
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
            Line line = new Line(item, reading);
            for (ItemRule rule : matching) {
                switch (rule.kind()) {
                    case BAN -> {
                        if (!liftedBy.containsKey(rule.id())) {
                            add(rule, line, Consequence.UN_EXEMPTION_REQUIRED, null, RuleText.of("ban", rule.citation()));
                        }
                    }
                    case LUXURY -> luxury(index, rule, line);
                    case CATCH_ALL -> add(rule, line, Consequence.JOINT_REVIEW, null,
                            RuleText.of("catch-all", rule.citation()));
                    case CAP -> cap(index, rule, line, product);
                    case EXCEPTION -> exception(rule, line, liftedBy);
                    case CASE -> throw new IllegalStateException("case-level rule " + rule.id() + " on a line");
                }
            }
        }

        private void luxury(int index, ItemRule rule, Line line) {
            ItemFacts item = line.item();
            if (rule.aboveUsd() == null) {
                add(rule, line, Consequence.UN_EXEMPTION_REQUIRED, null, RuleText.of("ban", rule.citation()));
                return;
            }
            if (item.totalValueUsd() == null) {
                throw new InvalidInputException("items[" + index + "].totalValueUsd", "refusal.rules.luxuryValue",
                        FactsCheck.line(item), item.hsCode().strip(), RuleTexts.usd(rule.aboveUsd()), rule.citation());
            }
            Units.Unit unit = units.find(item.unit());
            boolean perUnit = unit != null && unit.measure() == Units.Measure.COUNT;
            BigDecimal value = perUnit
                    ? item.totalValueUsd().divide(item.quantity(), MathContext.DECIMAL128)
                    : item.totalValueUsd();
            if (value.compareTo(rule.aboveUsd()) > 0) {
                add(rule, line, Consequence.UN_EXEMPTION_REQUIRED, null, RuleText.of("luxury",
                        RuleTexts.usd(value.setScale(2, RoundingMode.HALF_UP)),
                        perUnit ? RuleText.of("luxury.per-unit", unit.name()) : RuleText.of("luxury.per-line"),
                        RuleTexts.usd(rule.aboveUsd()), rule.citation()));
            }
        }

        private void cap(int index, ItemRule rule, Line line, Product product) {
            ItemFacts item = line.item();
            CapRule cap = rule.cap();
            Units.Unit unit = units.find(item.unit());
            BigDecimal barrels = null;
            BigDecimal tonnes = null;
            Localized conversion = null;
            if (unit != null && unit.measure() == Units.Measure.VOLUME) {
                barrels = item.quantity().multiply(unit.factor()).divide(units.litresPerBarrel(), MathContext.DECIMAL128);
                conversion = RuleText.of("cap.conversion.volume");
            } else if (unit != null && unit.measure() == Units.Measure.WEIGHT) {
                tonnes = item.quantity().multiply(unit.factor());
                if (cap.byProduct()) {
                    Product used = product != null && product.barrelsPerTonne() != null ? product : fallback;
                    barrels = tonnes.multiply(used.barrelsPerTonne());
                    conversion = RuleText.of(used.fallback() ? "cap.conversion.fallback" : "cap.conversion.product",
                            RuleTexts.quantity(used.barrelsPerTonne()), used.name(), used.source());
                } else if (cap.ratioOfLimits() != null) {
                    barrels = tonnes.multiply(cap.ratioOfLimits());
                    conversion = RuleText.of("cap.conversion.limits", RuleTexts.amount(cap.limitBarrels()),
                            RuleTexts.amount(cap.limitTonnes()));
                }
            }
            if (barrels == null) {
                boolean weights = cap.byProduct() || cap.limitTonnes() != null;
                throw new InvalidInputException("items[" + index + "].unit", "refusal.rules.unitToBarrels",
                        FactsCheck.line(item), item.unit().strip(),
                        new DefaultMessageSourceResolvable(new String[] {"refusal.rules.cap." + cap.id()}, null,
                                cap.id()),
                        rule.citation(), units.convertibleNames(weights));
            }
            barrels = barrels.setScale(SCALE, RoundingMode.HALF_UP);
            if (cap.limitTonnes() != null) {
                tonnes = (tonnes != null ? tonnes : cap.tonnesIn(barrels)).setScale(SCALE, RoundingMode.HALF_UP);
            } else {
                tonnes = null;
            }
            LocalDate periodStart = cap.periodHolding(facts.filedOn());
            String ledgerKey = cap.id() + "@" + periodStart;
            BigDecimal usedBefore = usedByOthers(cap.id(), periodStart.getYear(), ledgerKey)
                    .add(countedHere.getOrDefault(ledgerKey, BigDecimal.ZERO));
            BigDecimal available = cap.limitBarrels().subtract(usedBefore).max(BigDecimal.ZERO);
            boolean fits = barrels.compareTo(available) <= 0;
            BigDecimal remaining = fits ? available.subtract(barrels) : available;
            if (fits) {
                countedHere.merge(ledgerKey, barrels, BigDecimal::add);
            }
            CapCount count = new CapCount(cap.id(), periodStart.getYear(), periodStart, barrels, tonnes,
                    cap.limitBarrels(), usedBefore.setScale(SCALE, RoundingMode.HALF_UP),
                    remaining.setScale(SCALE, RoundingMode.HALF_UP), conversion.en(), rule.conditionsEn(),
                    rule.conditionsKo());
            Localized amount = tonnes == null ? RuleText.of("cap.barrels", RuleTexts.amount(barrels))
                    : RuleText.of("cap.barrels-tonnes", RuleTexts.amount(barrels), RuleTexts.amount(tonnes));
            RuleText period = RuleText.of("cap.period", periodStart, count.periodEnd());
            RuleText text = RuleText.of(fits ? "cap.counted" : "cap.exceeded", RuleTexts.quantity(item.quantity()),
                    item.unit().strip(), amount, conversion, capName(cap), period, RuleTexts.amount(usedBefore),
                    RuleTexts.amount(remaining), RuleTexts.amount(cap.limitBarrels()), rule.citation(),
                    rule.conditions() == null ? "" : RuleText.of("cap.conditions", rule.conditions()));
            add(rule, line, fits ? Consequence.CAP_COUNTED : Consequence.CAP_EXCEEDED, count, text);
        }

        private void exception(ItemRule rule, Line line, Map<String, ItemRule> liftedBy) {
            List<String> lifted = new ArrayList<>();
            liftedBy.forEach((banId, by) -> {
                if (by == rule) {
                    lifted.add(banId);
                }
            });
            if (!lifted.isEmpty()) {
                add(rule, line, Consequence.NOTED, null, RuleText.of("exception", purposes.get(rule.when()),
                        String.join(", ", lifted), rule.citation()));
            }
        }

        private BigDecimal usedByOthers(String capId, int year, String ledgerKey) {
            return usedByOthers.computeIfAbsent(ledgerKey,
                    key -> Objects.requireNonNullElse(usage.used(capId, year), BigDecimal.ZERO));
        }

        private void add(ItemRule rule, Line line, Consequence consequence, CapCount count, Localized consequenceText) {
            ItemFacts item = line.item();
            Object code = line.reading().note() == null ? item.hsCode().strip() : line.reading().note();
            RuleText text = RuleText.of("finding.line", item.line(), item.description().strip(), code, rule.reason(),
                    consequenceText);
            findings.add(new RuleFinding(rule.id(), version, rule.kind(), item.line(), rule.citation(), text.en(),
                    text.ko(), consequence, count));
        }
    }

    private record Line(ItemFacts item, HsEditions.Reading reading) {
    }

    private static boolean productHolds(ItemRule rule, Product product) {
        if (product == null) {
            return rule.products().isEmpty();
        }
        return (rule.products().isEmpty() || rule.products().contains(product.key()))
                && !rule.exceptProducts().contains(product.key());
    }

    static boolean flagHolds(String when, ItemFacts item) {
        if (when == null) {
            return true;
        }
        if (RuleFileReader.MILITARY_USE.equals(when)) {
            return item.possibleMilitaryUse();
        }
        return when.equals(item.declaredPurpose());
    }

    static Localized capName(CapRule cap) {
        String key = "cap.name." + cap.id();
        if (!RuleTexts.has(key)) {
            return new Bilingual(cap.id(), cap.id());
        }
        return RuleText.of(key);
    }
}
