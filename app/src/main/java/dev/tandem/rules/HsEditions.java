package dev.tandem.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editions of the Harmonized System and the changes between them that matter to the rules and the demo cases
 * ({@code rules/hs-editions.json}). Not the whole nomenclature: a subheading the file does not list is taken to
 * read the same in every edition it knows.
 *
 * <p>A change is a set of subheadings in one edition that correspond to a set in the next (the WCO correlation
 * tables). A code of a listed subheading exists only in its own edition; it reads into the other edition when the
 * change is one-to-one (renumbered), and only then.
 */
final class HsEditions {

    /** A correspondence between subheadings of two editions (6 digits each). */
    record Change(String olderEdition, List<String> older, String newerEdition, List<String> newer, String note) {

        boolean oneToOne() {
            return older.size() == 1 && newer.size() == 1;
        }
    }

    /** A code read into an edition: the digits to judge and, when they differ from the applicant's, a note. */
    record Reading(String digits, RuleText note) {
    }

    private static final HsEditions SHIPPED = load("/rules/hs-editions.json");

    private final NavigableMap<LocalDate, String> byDate;
    private final List<Change> changes;
    private final String source;

    private HsEditions(NavigableMap<LocalDate, String> byDate, List<Change> changes, String source) {
        this.byDate = byDate;
        this.changes = changes;
        this.source = source;
    }

    static HsEditions shipped() {
        return SHIPPED;
    }

    boolean knows(String edition) {
        return byDate.containsValue(edition);
    }

    String source() {
        return source;
    }

    /** The edition in force on a date (the earliest known one for dates before it). */
    String on(LocalDate date) {
        Map.Entry<LocalDate, String> entry = byDate.floorEntry(date);
        return entry == null ? byDate.firstEntry().getValue() : entry.getValue();
    }

    /**
     * Reads an applicant's code, written in {@code filedIn}, into the rule version's {@code rulesIn}. Empty when
     * the code does not exist in {@code filedIn} and cannot be read one-to-one; {@link #whyNot} then says why.
     */
    Optional<Reading> read(String digits, String filedIn, String rulesIn) {
        String current = digits;
        RuleText note = null;
        Optional<Change> foreign = changeMissing(current, filedIn);
        if (foreign.isPresent()) {
            if (!foreign.get().oneToOne()) {
                return Optional.empty();
            }
            current = counterpart(foreign.get(), filedIn);
            note = RuleText.of("hs.renumbered", dotted(digits), dotted(current), label(filedIn));
        }
        if (!filedIn.equals(rulesIn)) {
            Optional<Change> moved = changeOf(current, filedIn);
            if (moved.isPresent()) {
                List<String> targets = side(moved.get(), rulesIn);
                if (targets.size() != 1) {
                    return Optional.empty();
                }
                String read = targets.get(0);
                note = RuleText.of("hs.read-as", dotted(digits), label(filedIn), dotted(read), label(rulesIn));
                current = read;
            }
        }
        return Optional.of(new Reading(current, note));
    }

    /** Why {@link #read} found nothing: the code's edition, its counterparts, the source. */
    RuleText whyNot(String digits, String filedIn, String rulesIn, LocalDate filedOn) {
        Optional<Change> foreign = changeMissing(digits, filedIn);
        if (foreign.isPresent()) {
            Change change = foreign.get();
            String otherEdition = change.olderEdition().equals(filedIn) ? change.newerEdition() : change.olderEdition();
            return RuleText.of("hs.absent", dotted(digits), label(otherEdition), label(filedIn), filedOn,
                    String.join(", ", side(change, filedIn).stream().map(HsEditions::dotted).toList()), source);
        }
        Change change = changeOf(digits, filedIn).orElseThrow();
        return RuleText.of("hs.ambiguous", dotted(digits), label(filedIn), label(rulesIn),
                String.join(", ", side(change, rulesIn).stream().map(HsEditions::dotted).toList()), source);
    }

    /** A change that lists the code's subheading on the other side only: the code does not exist in the edition. */
    private Optional<Change> changeMissing(String digits, String edition) {
        if (digits.length() < 6) {
            return Optional.empty();
        }
        String sub = digits.substring(0, 6);
        for (Change change : changes) {
            boolean older = change.olderEdition().equals(edition);
            boolean newer = change.newerEdition().equals(edition);
            if (older && change.newer().contains(sub) && !change.older().contains(sub)
                    || newer && change.older().contains(sub) && !change.newer().contains(sub)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    private Optional<Change> changeOf(String digits, String edition) {
        if (digits.length() < 6) {
            return Optional.empty();
        }
        String sub = digits.substring(0, 6);
        for (Change change : changes) {
            if (change.olderEdition().equals(edition) && change.older().contains(sub)
                    || change.newerEdition().equals(edition) && change.newer().contains(sub)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    private static String counterpart(Change change, String edition) {
        return side(change, edition).get(0);
    }

    private static List<String> side(Change change, String edition) {
        return change.olderEdition().equals(edition) ? change.older() : change.newer();
    }

    static String label(String edition) {
        return edition.replace("HS", "HS ");
    }

    static String dotted(String digits) {
        StringBuilder out = new StringBuilder(digits.substring(0, Math.min(4, digits.length())));
        for (int i = 4; i < digits.length(); i += 2) {
            out.append('.').append(digits, i, Math.min(i + 2, digits.length()));
        }
        return out.toString();
    }

    static HsEditions load(String path) {
        try (InputStream in = HsEditions.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path + " is missing from the class path");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            NavigableMap<LocalDate, String> byDate = new TreeMap<>();
            for (JsonNode edition : root.get("editions").values()) {
                byDate.put(LocalDate.parse(edition.get("from").stringValue()), edition.get("id").stringValue());
            }
            List<Change> changes = new ArrayList<>();
            for (JsonNode change : root.get("changes").values()) {
                List<String> editions = new ArrayList<>();
                for (String name : change.propertyNames()) {
                    if (name.startsWith("HS")) {
                        editions.add(name);
                    }
                }
                if (editions.size() != 2 || !byDate.containsValue(editions.get(0))
                        || !byDate.containsValue(editions.get(1))) {
                    throw new IllegalArgumentException(path + ": a change names two known editions: " + change);
                }
                editions.sort(String::compareTo);
                changes.add(new Change(editions.get(0), codes(change.get(editions.get(0)), path),
                        editions.get(1), codes(change.get(editions.get(1)), path),
                        change.has("note") ? change.get("note").stringValue() : ""));
            }
            return new HsEditions(byDate, List.copyOf(changes), root.get("source").stringValue());
        } catch (IOException e) {
            throw new IllegalArgumentException(path + " cannot be read", e);
        }
    }

    private static List<String> codes(JsonNode array, String path) {
        List<String> codes = new ArrayList<>();
        for (JsonNode code : array.values()) {
            String digits = code.stringValue().replace(".", "");
            if (!digits.matches("\\d{6}")) {
                throw new IllegalArgumentException(path + ": '" + code.stringValue() + "' is not a subheading");
            }
            codes.add(digits);
        }
        return List.copyOf(codes);
    }
}
