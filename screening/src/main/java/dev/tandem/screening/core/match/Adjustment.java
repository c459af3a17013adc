package dev.tandem.screening.core.match;

import java.util.Locale;
import java.util.Objects;

/**
 * A change to a name score from other facts on the query: date of birth or nationality.
 *
 * @param reason what was compared, e.g. "birth year 1962 matches"
 * @param delta  added to the score (negative lowers it)
 */
public record Adjustment(String reason, double delta) {

    public Adjustment {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %+.2f", reason, delta);
    }
}
