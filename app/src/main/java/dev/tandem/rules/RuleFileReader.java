package dev.tandem.rules;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one rule version from its JSON file (format in {@code rules/README.md}). Strict: an unknown field, a
 * missing one, a duplicate rule id, an HS entry that does not parse or a kind without the fields it needs is an
 * {@link IllegalArgumentException} naming the file and the rule, so a broken file stops the application at start
 * rather than judging cases wrongly.
 */
final class RuleFileReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> TOP = Set.of("version", "effectiveFrom", "hsEdition", "title", "notes", "units",
            "products", "purposes", "declarations", "rules");
    private static final Set<String> UNIT = Set.of("litres", "tonnes", "count", "aliases");
    private static final Set<String> PRODUCT = Set.of("en", "ko", "barrelsPerTonne", "hs", "source", "fallback");
    private static final Set<String> TERM = Set.of("en", "ko");
    private static final Set<String> RULE = Set.of("id", "kind", "direction", "hs", "exceptHs", "products",
            "exceptProducts", "when", "whenCase", "outcome", "excepts", "aboveUsd", "cap", "resolution", "paragraph",
            "citation", "reasonEn", "reasonKo", "conditionsEn", "conditionsKo", "notes");
    private static final Set<String> CAP = Set.of("id", "limitBarrels", "limitTonnes", "periodStart", "byProduct");
    /** The item flag a rule may need besides the version's declared purposes. */
    static final String MILITARY_USE = "possibleMilitaryUse";
    private static final Set<Consequence> CASE_OUTCOMES =
            Set.of(Consequence.UN_EXEMPTION_REQUIRED, Consequence.PROHIBITED, Consequence.JOINT_REVIEW);

    private Map<String, Product> products = Map.of();
    private Map<String, Bilingual> purposes = Map.of();
    private Map<String, Bilingual> declarations = Map.of();

    private final String source;

    private RuleFileReader(String source) {
        this.source = source;
    }

    static ItemRules read(InputStream in, String source) {
        try (in) {
            return new RuleFileReader(source).version(JSON.readTree(in));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot be read", e);
        }
    }

    private ItemRules version(JsonNode root) {
        fields(root, TOP, "the file");
        String version = text(root, "version", "the file");
        LocalDate effectiveFrom;
        try {
            effectiveFrom = LocalDate.parse(text(root, "effectiveFrom", "the file"));
        } catch (DateTimeParseException e) {
            throw fail("the file", "effectiveFrom must be a date like 2017-12-22");
        }
        String hsEdition = text(root, "hsEdition", "the file");
        if (!HsEditions.shipped().knows(hsEdition)) {
            throw fail("the file", "hsEdition '" + hsEdition + "' is not an edition of rules/hs-editions.json");
        }
        List<String> notes = texts(root, "notes");
        Units units = units(root.path("units"));
        products = products(root.path("products"));
        purposes = terms(root.path("purposes"), "purposes");
        declarations = terms(root.path("declarations"), "declarations");
        List<ItemRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : array(root, "rules", "the file")) {
            ItemRule rule = rule(node);
            if (!ids.add(rule.id())) {
                throw fail("rule " + rule.id(), "the id is used twice");
            }
            rules.add(rule);
        }
        for (ItemRule rule : rules) {
            for (String lifted : rule.excepts()) {
                if (!ids.contains(lifted)) {
                    throw fail("rule " + rule.id(), "excepts '" + lifted + "', which is not a rule of this version");
                }
            }
        }
        return new ItemRules(version, effectiveFrom, hsEdition, text(root, "title", "the file"), notes, rules, units,
                products, purposes, declarations, HsEditions.shipped());
    }

    private Map<String, Product> products(JsonNode node) {
        if (!node.isObject()) {
            throw fail("the file", "products must be an object of product keys (the conversion chart)");
        }
        Map<String, Product> chart = new LinkedHashMap<>();
        boolean fallback = false;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String where = "product " + entry.getKey();
            JsonNode spec = entry.getValue();
            fields(spec, PRODUCT, where);
            boolean isFallback = spec.path("fallback").asBoolean(false);
            if (isFallback && fallback) {
                throw fail(where, "only one product may be the fallback");
            }
            fallback |= isFallback;
            BigDecimal factor = spec.has("barrelsPerTonne") ? positive(spec, "barrelsPerTonne", where) : null;
            if (factor != null && !spec.has("source")) {
                throw fail(where, "a factor needs its source");
            }
            List<String> hs = texts(spec, "hs");
            if (!hs.isEmpty()) {
                try {
                    HsScope.of(hs, List.of());
                } catch (IllegalArgumentException e) {
                    throw fail(where, e.getMessage());
                }
            }
            chart.put(entry.getKey(), new Product(entry.getKey(), new Bilingual(text(spec, "en", where),
                    text(spec, "ko", where)), factor, hs, spec.has("source") ? text(spec, "source", where) : "",
                    isFallback));
        }
        return chart;
    }

    private Map<String, Bilingual> terms(JsonNode node, String field) {
        if (!node.isObject()) {
            throw fail("the file", field + " must be an object of keys with en and ko");
        }
        Map<String, Bilingual> terms = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String where = field + " " + entry.getKey();
            fields(entry.getValue(), TERM, where);
            terms.put(entry.getKey(), new Bilingual(text(entry.getValue(), "en", where),
                    text(entry.getValue(), "ko", where)));
        }
        return terms;
    }

    private Units units(JsonNode node) {
        if (!node.isObject()) {
            throw fail("the file", "units must be an object of unit names");
        }
        Map<String, Units.Unit> units = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            JsonNode spec = entry.getValue();
            String where = "unit " + name;
            fields(spec, UNIT, where);
            Units.Unit unit;
            if (spec.has("litres") && !spec.has("tonnes") && !spec.has("count")) {
                unit = new Units.Unit(name, Units.Measure.VOLUME, positive(spec, "litres", where));
            } else if (spec.has("tonnes") && !spec.has("litres") && !spec.has("count")) {
                unit = new Units.Unit(name, Units.Measure.WEIGHT, positive(spec, "tonnes", where));
            } else if (spec.path("count").isBoolean() && spec.path("count").booleanValue()
                    && !spec.has("litres") && !spec.has("tonnes")) {
                unit = new Units.Unit(name, Units.Measure.COUNT, BigDecimal.ONE);
            } else {
                throw fail(where, "needs exactly one of litres, tonnes or \"count\": true");
            }
            List<String> names = new ArrayList<>(texts(spec, "aliases"));
            names.add(0, name);
            for (String alias : names) {
                if (units.put(Units.key(alias), unit) != null) {
                    throw fail(where, "'" + alias + "' names two units");
                }
            }
        }
        try {
            return new Units(units);
        } catch (IllegalArgumentException e) {
            throw fail("the file", e.getMessage());
        }
    }

    private ItemRule rule(JsonNode node) {
        String id = text(node, "id", "a rule");
        String where = "rule " + id;
        fields(node, RULE, where);
        RuleKind kind = named(RuleKind.class, text(node, "kind", where), where, "kind");
        Direction direction = node.has("direction")
                ? named(Direction.class, text(node, "direction", where), where, "direction") : null;
        List<String> hs = texts(node, "hs");
        List<String> exceptHs = texts(node, "exceptHs");
        String when = node.has("when") ? text(node, "when", where) : null;
        String whenCase = node.has("whenCase") ? text(node, "whenCase", where) : null;
        Consequence outcome = node.has("outcome")
                ? named(Consequence.class, text(node, "outcome", where), where, "outcome") : null;
        List<String> excepts = texts(node, "excepts");
        BigDecimal aboveUsd = node.has("aboveUsd") ? positive(node, "aboveUsd", where) : null;
        CapRule cap = node.has("cap") ? cap(node.get("cap"), where) : null;
        require(node.has("conditionsEn") == node.has("conditionsKo"), where,
                "conditionsEn and conditionsKo come together");
        ItemRule rule = new ItemRule(id, kind, direction, hs, exceptHs, texts(node, "products"),
                texts(node, "exceptProducts"), when, whenCase, outcome, excepts, aboveUsd, cap,
                text(node, "resolution", where), text(node, "paragraph", where), text(node, "citation", where),
                text(node, "reasonEn", where), text(node, "reasonKo", where),
                node.has("conditionsEn") ? text(node, "conditionsEn", where) : null,
                node.has("conditionsKo") ? text(node, "conditionsKo", where) : null,
                node.has("notes") ? text(node, "notes", where) : "");
        check(rule, where);
        return rule;
    }

    /** The fields each kind needs and the ones it must not have. */
    private void check(ItemRule rule, String where) {
        boolean itemLevel = rule.kind() != RuleKind.CASE;
        require(itemLevel == (rule.direction() != null), where, itemLevel
                ? "needs a direction" : "is case-level and takes no direction");
        require(itemLevel == !rule.hs().isEmpty(), where, itemLevel ? "needs hs" : "is case-level and takes no hs");
        if (itemLevel) {
            try {
                HsScope.of(rule.hs(), rule.exceptHs());
            } catch (IllegalArgumentException e) {
                throw fail(where, e.getMessage());
            }
        }
        require(rule.when() == null || MILITARY_USE.equals(rule.when()) || purposes.containsKey(rule.when()), where,
                "when must be " + MILITARY_USE + " or a declared purpose of this version " + purposes.keySet());
        require((rule.kind() == RuleKind.CASE) == (rule.whenCase() != null && rule.outcome() != null), where,
                "whenCase and outcome are required for CASE and only there");
        require(rule.whenCase() == null || declarations.containsKey(rule.whenCase()), where,
                "whenCase must be a declaration of this version " + declarations.keySet());
        require(rule.outcome() == null || CASE_OUTCOMES.contains(rule.outcome()), where,
                "outcome must be one of " + CASE_OUTCOMES);
        for (String product : concat(rule.products(), rule.exceptProducts())) {
            require(products.containsKey(product), where, "product '" + product + "' is not in the chart");
        }
        require(rule.cap() == null || !rule.cap().byProduct() || products.values().stream().anyMatch(Product::fallback),
                where, "a cap converting by product needs a fallback product in the chart");
        require((rule.kind() == RuleKind.CATCH_ALL || rule.kind() == RuleKind.EXCEPTION) == (rule.when() != null),
                where, "when is required for CATCH_ALL and EXCEPTION and only there");
        require((rule.kind() == RuleKind.EXCEPTION) == !rule.excepts().isEmpty(), where,
                "excepts is required for EXCEPTION and only there");
        require(rule.kind() == RuleKind.LUXURY || rule.aboveUsd() == null, where, "aboveUsd is only for LUXURY");
        require((rule.kind() == RuleKind.CAP) == (rule.cap() != null), where, "cap is required for CAP and only there");
    }

    private CapRule cap(JsonNode node, String where) {
        String capWhere = where + " cap";
        fields(node, CAP, capWhere);
        LocalDate periodStart;
        try {
            periodStart = LocalDate.parse(text(node, "periodStart", capWhere));
        } catch (DateTimeParseException e) {
            throw fail(capWhere, "periodStart must be a date like 2018-01-01");
        }
        return new CapRule(text(node, "id", capWhere), positive(node, "limitBarrels", capWhere),
                node.has("limitTonnes") ? positive(node, "limitTonnes", capWhere) : null, periodStart,
                node.path("byProduct").asBoolean(false));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void fields(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw fail(where, "must be a JSON object");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw fail(where, "unknown field '" + name + "'");
            }
        }
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw fail(where, field + " must be a non-empty string");
        }
        return value.stringValue().strip();
    }

    private List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        if (!node.has(field)) {
            return texts;
        }
        for (JsonNode value : array(node, field, field)) {
            if (!value.isString() || value.stringValue().isBlank()) {
                throw fail(field, "must hold non-empty strings");
            }
            texts.add(value.stringValue().strip());
        }
        return texts;
    }

    private Iterable<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw fail(where, field + " must be an array");
        }
        return value.values();
    }

    private BigDecimal positive(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        try {
            BigDecimal number = new BigDecimal(value.isString() ? value.stringValue().strip() : value.asString());
            if (number.signum() > 0) {
                return number;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw fail(where, field + " must be a positive number, written as a string like \"500000\"");
    }

    private <E extends Enum<E>> E named(Class<E> type, String name, String where, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw fail(where, field + " '" + name + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private void require(boolean condition, String where, String message) {
        if (!condition) {
            throw fail(where, message);
        }
    }

    private IllegalArgumentException fail(String where, String message) {
        return new IllegalArgumentException(source + ": " + where + ": " + message);
    }
}
