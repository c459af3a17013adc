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
    private static final Set<String> TOP = Set.of("version", "effectiveFrom", "title", "notes", "units", "rules");
    private static final Set<String> UNIT = Set.of("litres", "tonnes", "count", "aliases");
    private static final Set<String> RULE = Set.of("id", "kind", "direction", "hs", "exceptHs", "when", "excepts",
            "aboveUsd", "cap", "resolution", "paragraph", "citation", "reasonEn", "reasonKo", "notes");
    private static final Set<String> CAP = Set.of("id", "limitBarrels", "limitTonnes", "barrelsPerTonne");
    static final Set<String> ITEM_FLAGS = Set.of("possibleMilitaryUse", "civilAircraftSparePart");

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
        List<String> notes = texts(root, "notes");
        Units units = units(root.path("units"));
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
        return new ItemRules(version, effectiveFrom, text(root, "title", "the file"), notes, rules, units);
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
        List<String> excepts = texts(node, "excepts");
        BigDecimal aboveUsd = node.has("aboveUsd") ? positive(node, "aboveUsd", where) : null;
        CapRule cap = node.has("cap") ? cap(node.get("cap"), where) : null;
        ItemRule rule = new ItemRule(id, kind, direction, hs, exceptHs, when, excepts, aboveUsd, cap,
                text(node, "resolution", where), text(node, "paragraph", where), text(node, "citation", where),
                text(node, "reasonEn", where), text(node, "reasonKo", where),
                node.has("notes") ? text(node, "notes", where) : "");
        check(rule, where);
        return rule;
    }

    /** The fields each kind needs and the ones it must not have. */
    private void check(ItemRule rule, String where) {
        boolean itemLevel = rule.kind() != RuleKind.JOINT_VENTURE;
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
        require(rule.when() == null || ITEM_FLAGS.contains(rule.when()), where,
                "when must be one of " + ITEM_FLAGS);
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
        return new CapRule(text(node, "id", capWhere), positive(node, "limitBarrels", capWhere),
                node.has("limitTonnes") ? positive(node, "limitTonnes", capWhere) : null,
                node.has("barrelsPerTonne") ? positive(node, "barrelsPerTonne", capWhere) : null);
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
