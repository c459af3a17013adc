package dev.tandem.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;

/**
 * Every version of the item rules, by the date it takes effect. A case is judged under the version in force on
 * the day it was filed ({@link #at}) and keeps that version's id; re-judging it under the same version later (to
 * recount caps) uses {@link #version}, re-triaging it under today's rules uses {@link #at} again.
 */
public final class ItemRuleBook {

    /** The class-path list of rule files that Tandem ships, one file name (in {@code rules/}) a line. */
    public static final String SHIPPED_INDEX = "/rules/item-rules.list";

    private final NavigableMap<LocalDate, ItemRules> byDate = new TreeMap<>();
    private final Map<String, ItemRules> byVersion = new HashMap<>();

    private ItemRuleBook(List<ItemRules> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a rule book needs at least one version");
        }
        for (ItemRules rules : versions) {
            ItemRules sameDay = byDate.put(rules.effectiveFrom(), rules);
            if (sameDay != null) {
                throw new IllegalArgumentException("versions " + sameDay.version() + " and " + rules.version()
                        + " both take effect on " + rules.effectiveFrom());
            }
            if (byVersion.put(rules.version(), rules) != null) {
                throw new IllegalArgumentException("version id " + rules.version() + " is used twice");
            }
        }
    }

    public static ItemRuleBook of(List<ItemRules> versions) {
        return new ItemRuleBook(versions);
    }

    /** The versions Tandem ships, read from the class path; a broken file is an {@link IllegalArgumentException}. */
    public static ItemRuleBook shipped() {
        List<ItemRules> versions = new ArrayList<>();
        for (String file : shippedFiles()) {
            String path = "/rules/" + file;
            InputStream in = ItemRuleBook.class.getResourceAsStream(path);
            if (in == null) {
                throw new IllegalArgumentException(SHIPPED_INDEX + " names " + file + ", which is not on the class path");
            }
            versions.add(ItemRules.read(in, "rules/" + file));
        }
        return new ItemRuleBook(versions);
    }

    /** The version in force on a date. */
    public ItemRules at(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("filedOn", "refusal.rules.filedOn");
        }
        Map.Entry<LocalDate, ItemRules> entry = byDate.floorEntry(date);
        if (entry == null) {
            throw new InvalidInputException("filedOn", "refusal.rules.noVersionOn", date.toString(),
                    byDate.firstKey().toString());
        }
        return entry.getValue();
    }

    /** A version by its id, as a case stored it. */
    public ItemRules version(String id) {
        ItemRules rules = byVersion.get(id);
        if (rules == null) {
            throw new NotFoundException("ruleVersion", "ruleVersion", id);
        }
        return rules;
    }

    /** All versions, oldest first. */
    public List<ItemRules> versions() {
        return List.copyOf(byDate.values());
    }

    /** Judges a case under the version in force on the day it was filed. */
    public ItemRulesResult apply(CaseFacts facts, CapUsage usage) {
        if (facts == null) {
            throw new InvalidInputException("facts", "refusal.rules.noCase");
        }
        return at(facts.filedOn()).apply(facts, usage);
    }

    private static List<String> shippedFiles() {
        InputStream in = ItemRuleBook.class.getResourceAsStream(SHIPPED_INDEX);
        if (in == null) {
            throw new IllegalArgumentException(SHIPPED_INDEX + " is missing from the class path");
        }
        List<String> files = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    files.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
