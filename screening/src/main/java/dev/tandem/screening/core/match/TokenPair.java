package dev.tandem.screening.core.match;

import java.util.Objects;

/**
 * A query token (or syllable) paired with an entry token (or syllable).
 *
 * @param queryToken the query's text, normalised
 * @param entryToken the entry's text, normalised
 * @param rule       why the two were taken to be the same
 * @param similarity 1.0 for an equivalence, less for a typo or an initial
 */
public record TokenPair(String queryToken, String entryToken, Rule rule, double similarity) {

    public TokenPair {
        Objects.requireNonNull(queryToken, "queryToken");
        Objects.requireNonNull(entryToken, "entryToken");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        String pair = queryToken.equals(entryToken) ? queryToken : queryToken + "=" + entryToken;
        return rule == Rule.EXACT ? pair : String.format(java.util.Locale.ROOT, "%s (%s%s)", pair, rule.label(),
                similarity < 1.0 ? String.format(java.util.Locale.ROOT, " %.2f", similarity) : "");
    }
}
