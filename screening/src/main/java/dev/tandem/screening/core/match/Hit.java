package dev.tandem.screening.core.match;

import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListSource;

import java.util.Locale;
import java.util.Objects;

/**
 * A list entry whose name (or one of its aliases) matched a query at or above the threshold.
 *
 * @param source      which list
 * @param reference   the entry's reference in that list ("KPi.033", OFAC ent_num)
 * @param type        the entry's type
 * @param listedName  the entry's primary name
 * @param matchedName the name or alias that matched best
 * @param score       in [0, 1]
 * @param explanation why
 */
public record Hit(ListSource source, String reference, EntryType type, String listedName, String matchedName,
                  double score, Explanation explanation) {

    public Hit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** One line: source, reference, names, score and explanation. */
    @Override
    public String toString() {
        String via = matchedName.equals(listedName) ? "" : " via \"" + matchedName + "\"";
        return String.format(Locale.ROOT, "%s %s \"%s\"%s %.2f — %s", source, reference, listedName, via, score,
                explanation);
    }
}
