package dev.tandem.screening.core.match;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a hit scored what it did.
 *
 * @param method           which comparison decided the score
 * @param pairs            query tokens paired with entry tokens, with the rule that made them equal
 * @param unmatchedQuery   query tokens that found no partner
 * @param unmatchedEntry   entry tokens that found no partner
 * @param ignored          tokens left out of the comparison (legal forms, titles), as "token (reason)"
 * @param note             a remark on the name as a whole ("Western order", "given name differs"), may be empty
 * @param nameScore        the score of the names alone
 * @param adjustments      changes from date of birth and nationality
 * @param score            the final score, {@code nameScore} plus adjustments, within [0, 1]
 */
public record Explanation(Method method, List<TokenPair> pairs, List<String> unmatchedQuery,
                          List<String> unmatchedEntry, List<String> ignored, String note, double nameScore,
                          List<Adjustment> adjustments, double score) {

    /** How a name was compared. */
    public enum Method {
        /** read as Korean names: family name and ordered given-name syllables */
        KOREAN_NAME("Korean name"),
        /** token alignment with typo tolerance and weights for common tokens */
        TOKENS("tokens"),
        /** the query is an acronym of the entry name or the other way round */
        ACRONYM("acronym"),
        /** IMO number */
        IMO("IMO number");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Explanation {
        Objects.requireNonNull(method, "method");
        pairs = List.copyOf(pairs);
        unmatchedQuery = List.copyOf(unmatchedQuery);
        unmatchedEntry = List.copyOf(unmatchedEntry);
        ignored = List.copyOf(ignored);
        note = note == null ? "" : note;
        adjustments = List.copyOf(adjustments);
    }

    /** The same explanation with adjustments applied. */
    Explanation withAdjustments(List<Adjustment> newAdjustments, double newScore) {
        return new Explanation(method, pairs, unmatchedQuery, unmatchedEntry, ignored, note, nameScore,
                newAdjustments, newScore);
    }

    /** The same explanation with a remark added to the note. */
    Explanation withNote(String remark) {
        String joined = note.isEmpty() ? remark : note + "; " + remark;
        return new Explanation(method, pairs, unmatchedQuery, unmatchedEntry, ignored, joined, nameScore, adjustments, score);
    }

    /** One line, e.g. {@code Korean name: ri=lee (surname variant), yong, ho; Western order; birth year 1964 matches +0.02 → 0.99}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(method.label()).append(": ");
        out.append(pairs.isEmpty() ? "no token pairs" : pairs.stream().map(TokenPair::toString).collect(Collectors.joining(", ")));
        if (!unmatchedQuery.isEmpty()) out.append("; unmatched in query: ").append(String.join(" ", unmatchedQuery));
        if (!unmatchedEntry.isEmpty()) out.append("; unmatched in entry: ").append(String.join(" ", unmatchedEntry));
        if (!ignored.isEmpty()) out.append("; ignored: ").append(String.join(", ", ignored));
        if (!note.isEmpty()) out.append("; ").append(note);
        if (!adjustments.isEmpty()) {
            out.append(String.format(Locale.ROOT, "; name %.2f", nameScore));
            for (Adjustment a : adjustments) out.append("; ").append(a);
        }
        return out.append(String.format(Locale.ROOT, " → %.2f", score)).toString();
    }
}
