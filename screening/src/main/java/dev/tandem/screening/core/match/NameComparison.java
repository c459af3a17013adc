package dev.tandem.screening.core.match;

import java.util.List;

/** The score of one query name against one entry name, with what went into it. */
record NameComparison(double score, Explanation.Method method, List<TokenPair> pairs, List<String> unmatchedQuery,
                      List<String> unmatchedEntry, List<String> ignored, String note) {

    NameComparison {
        pairs = List.copyOf(pairs);
        unmatchedQuery = List.copyOf(unmatchedQuery);
        unmatchedEntry = List.copyOf(unmatchedEntry);
        ignored = List.copyOf(ignored);
    }

    /** A comparison without explanation, for ranking candidates. */
    static NameComparison scoreOnly(double score, Explanation.Method method) {
        return new NameComparison(score, method, List.of(), List.of(), List.of(), List.of(), "");
    }

    Explanation explanation() {
        return new Explanation(method, pairs, unmatchedQuery, unmatchedEntry, ignored, note, score, List.of(), score);
    }
}
