package dev.tandem.screening.core.match;

import dev.tandem.screening.core.list.Alias;
import dev.tandem.screening.core.list.ListEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names under which an entry is filed: its primary name and aliases as listed, plus what lists pack into one
 * name. A parenthesis also gives the name without it and, if it holds one word, the word alone
 * ("GENERAL BUREAU OF ATOMIC ENERGY (GBAE)" → also "GENERAL BUREAU OF ATOMIC ENERGY" and "GBAE"); a slash between
 * two words of two or more letters separates two names ("Al-Qa'ida/Islamic Army"; "J/V" stays). A variant of a weak
 * alias is weak too.
 */
final class NameVariants {

    private static final Pattern SLASH = Pattern.compile("(?<=\\p{L}{2})/(?=\\p{L}{2})");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]*)\\)\\s*");

    /** One name of an entry; weak if the publisher grades the alias as weak (UN "Low", OFAC weak a.k.a.). */
    record Variant(String text, boolean weak) {
    }

    private NameVariants() {
    }

    static List<Variant> of(ListEntry entry) {
        List<Variant> listed = new ArrayList<>();
        listed.add(new Variant(entry.name(), false));
        for (Alias alias : entry.aliases()) listed.add(new Variant(alias.name(), alias.quality() == Alias.Quality.WEAK));
        List<Variant> split = new ArrayList<>(listed);
        for (Variant v : listed) {
            String[] parts = SLASH.split(v.text());
            if (parts.length > 1) for (String part : parts) if (!part.isBlank()) split.add(new Variant(part.strip(), v.weak()));
        }
        List<Variant> out = new ArrayList<>(split);
        for (Variant v : split) {
            Matcher m = PARENTHESIS.matcher(v.text());
            if (!m.find()) continue;
            out.add(new Variant(m.replaceAll(" ").strip(), v.weak()));
            m.reset();
            while (m.find()) {
                String inside = m.group(1).strip();
                if (!inside.isEmpty() && !inside.contains(" ")) out.add(new Variant(inside, v.weak()));
            }
        }
        return out;
    }
}
