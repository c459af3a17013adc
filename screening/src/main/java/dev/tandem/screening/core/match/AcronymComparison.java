package dev.tandem.screening.core.match;

import java.util.List;

/**
 * Matches an organisation acronym against a full name: the query is one token of three or more letters equal to the
 * initials of the entry name ("KCST" → Korean Committee for Space Technology; with or without the country word and
 * the legal form: "KMDTC", "KMDT", "MDTC", "MDT"), or the entry name is one such token and the query's initials
 * equal it. Stop words give no initials. Acronyms the list states as aliases ("KOMID") match as exact tokens anyway.
 */
final class AcronymComparison {

    static final double SCORE = 0.95;

    private AcronymComparison() {
    }

    /** @return the comparison, or null if neither side is an acronym of the other */
    static NameComparison compare(PreparedName q, PreparedName e, boolean explain) {
        String qAcronym = singleToken(q);
        if (qAcronym != null && e.acronyms.contains(qAcronym)) return result(q, e, qAcronym, fullName(e));
        String eAcronym = singleToken(e);
        if (eAcronym != null && q.acronyms.contains(eAcronym)) return result(q, e, fullName(q), eAcronym);
        return null;
    }

    private static NameComparison result(PreparedName q, PreparedName e, String queryText, String entryText) {
        return new NameComparison(SCORE, Explanation.Method.ACRONYM,
                List.of(new TokenPair(queryText, entryText, Rule.ACRONYM, SCORE)), List.of(), List.of(),
                GeneralNameComparison.ignored(q, e), "");
    }

    private static String singleToken(PreparedName name) {
        if (name.activeCount() != 1) return null;
        for (int i = 0; i < name.tokens.size(); i++) {
            if (name.roles[i].ignored()) continue;
            String token = name.tokens.get(i);
            return token.length() >= 3 && token.chars().allMatch(c -> c >= 'a' && c <= 'z') ? token : null;
        }
        return null;
    }

    private static String fullName(PreparedName name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.tokens.size(); i++) {
            if (name.roles[i].ignored()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(name.tokens.get(i));
        }
        return out.toString();
    }
}
