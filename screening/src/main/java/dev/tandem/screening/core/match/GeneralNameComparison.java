package dev.tandem.screening.core.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares two names token by token, for every name that is not compared as a Korean name. Each query token is paired
 * with at most one entry token (or a run of up to three adjacent tokens written as one word on the other side), best
 * pairs first; pairs come from {@link TokenSimilarity}. Each token has a weight ({@link TokenWeights}), so common
 * tokens count little. The score is the geometric mean of the weighted share of the query matched and the weighted
 * share of the entry matched; in person names, names missing on one side count less (a middle name
 * {@value #MIDDLE_NAME}, a name at either end {@value #END_NAME}). Two guards against the classic false positives: a match resting on a single token needs
 * a distinctive one (weight ≥ {@value #MIN_SINGLE_TOKEN_WEIGHT}), and each place where both names have a different
 * word (a conflict, as opposed to a word left out on one side) costs a factor {@value #CONFLICT}. In person names,
 * tokens paired out of order cost a little ({@value #ROTATED} when the family name moved from one end to the other)
 * or more ({@value #PERMUTED} otherwise: "Salman bin Muhammad" is not "Muhammad bin Salman").
 */
final class GeneralNameComparison {

    static final double MIN_SINGLE_TOKEN_WEIGHT = 0.75;
    static final double ROTATED = 0.97;
    static final double PERMUTED = 0.8;
    static final double MIDDLE_NAME = 0.5;
    static final double CONFLICT = 0.85;
    static final double END_NAME = 0.6;
    private static final int MAX_JOIN = 3;
    private static final double JOINED_TYPO_COST = 0.05;

    private GeneralNameComparison() {
    }

    /** A candidate pair: a run of query tokens and a run of entry tokens (one of them a single token). */
    private record Link(int qFrom, int qTo, int eFrom, int eTo, Rule rule, double similarity, double value) {
    }

    /** Highest value first; on a tie, the pair of fewer tokens. */
    private static final Comparator<Link> BEST_FIRST = (a, b) -> {
        int byValue = Double.compare(b.value, a.value);
        return byValue != 0 ? byValue : Integer.compare(a.qTo - a.qFrom + a.eTo - a.eFrom, b.qTo - b.qFrom + b.eTo - b.eFrom);
    };
    private static final Comparator<Link> QUERY_ORDER = (a, b) -> Integer.compare(a.qFrom, b.qFrom);

    /**
     * @param explain false to compute the score only (pairs, unmatched and ignored tokens are then left empty)
     */
    static NameComparison compare(PreparedName q, PreparedName e, boolean person, boolean explain) {
        int[] qa = q.active;
        int[] ea = e.active;
        List<Link> links = candidates(q, qa, e, ea);
        if (links.size() > 1) links.sort(BEST_FIRST);
        boolean[] usedQ = new boolean[q.tokens.size()];
        boolean[] usedE = new boolean[e.tokens.size()];
        List<Link> chosen = new ArrayList<>();
        for (Link link : links) {
            if (isFree(usedQ, link.qFrom, link.qTo) && isFree(usedE, link.eFrom, link.eTo)) {
                mark(usedQ, link.qFrom, link.qTo);
                mark(usedE, link.eFrom, link.eTo);
                chosen.add(link);
            }
        }
        if (chosen.size() > 1) chosen.sort(QUERY_ORDER);

        // a match resting on one token gets no discount for the names around it ("Richard George" is not "George")
        boolean discount = person && chosen.size() > 1;
        double totalQ = total(q, qa, usedQ, discount), totalE = total(e, ea, usedE, discount);
        double matchedQ = 0, matchedE = 0, evidence = 0;
        List<TokenPair> pairs = new ArrayList<>();
        for (Link link : chosen) {
            double wq = sum(q.weights, link.qFrom, link.qTo), we = sum(e.weights, link.eFrom, link.eTo);
            matchedQ += link.similarity * wq;
            matchedE += link.similarity * we;
            evidence += link.similarity * Math.min(wq, we);
            if (explain) {
                pairs.add(new TokenPair(join(q, link.qFrom, link.qTo, " "), join(e, link.eFrom, link.eTo, " "),
                        link.rule, link.similarity));
            }
        }
        double score = totalQ == 0 || totalE == 0 ? 0 : Math.sqrt((matchedQ / totalQ) * (matchedE / totalE));
        String note = "";
        if (chosen.size() == 1 && evidence < MIN_SINGLE_TOKEN_WEIGHT) {
            score *= evidence / MIN_SINGLE_TOKEN_WEIGHT;
            note = "only one common token matched";
        }
        double order = person && chosen.size() > 1 ? orderFactor(chosen) : 1.0;
        if (order < 1.0) {
            score *= order;
            note = order == ROTATED ? "family name at the other end" : "tokens in another order";
        } else if (!chosen.isEmpty()) {
            int conflicts = conflicts(q, usedQ, e, usedE, chosen);
            if (conflicts > 0) {
                score *= Math.pow(CONFLICT, conflicts);
                note = conflicts == 1 ? "one name part differs" : conflicts + " name parts differ";
            }
        }
        if (!explain) return NameComparison.scoreOnly(Math.min(1.0, score), Explanation.Method.TOKENS);
        return new NameComparison(Math.min(1.0, score), Explanation.Method.TOKENS, pairs, unmatched(q, qa, usedQ),
                unmatched(e, ea, usedE), ignored(q, e), note);
    }

    private static List<Link> candidates(PreparedName q, int[] qa, PreparedName e, int[] ea) {
        List<Link> links = new ArrayList<>();
        boolean[] exactQ = new boolean[q.tokens.size()], exactE = new boolean[e.tokens.size()];
        boolean allExact = true;
        for (int i : qa) {
            for (int j : ea) {
                TokenMatch m = TokenSimilarity.compare(q, i, e, j);
                if (m == null) continue;
                links.add(link(q, i, i + 1, e, j, j + 1, m.rule(), m.similarity()));
                if (m.rule() == Rule.EXACT) {
                    exactQ[i] = true;
                    exactE[j] = true;
                }
            }
            allExact &= exactQ[i];
        }
        for (int j : ea) allExact &= exactE[j];
        if (allExact) return links;
        // joins and initials only for tokens without an exact partner
        addJoins(q, qa, exactQ, e, ea, exactE, links, true);
        addJoins(e, ea, exactE, q, qa, exactQ, links, false);
        addInitials(q, qa, e, ea, links, true);
        addInitials(e, ea, q, qa, links, false);
        return links;
    }

    /** Runs of 2–3 adjacent tokens on one side written as one token on the other: "yong ho" / "yongho". */
    private static void addJoins(PreparedName many, int[] manyActive, boolean[] manyExact, PreparedName one,
                                 int[] oneActive, boolean[] oneExact, List<Link> links, boolean manyIsQuery) {
        for (int start = 0; start < manyActive.length; start++) {
            if (manyExact[manyActive[start]]) continue;
            StringBuilder joined = new StringBuilder(many.tokens.get(manyActive[start]));
            boolean hasShort = joined.length() < 3;
            for (int len = 2; len <= MAX_JOIN && start + len <= manyActive.length; len++) {
                int last = manyActive[start + len - 1];
                if (last != manyActive[start] + len - 1) break;
                if (manyExact[last]) break;
                joined.append(many.tokens.get(last));
                hasShort |= many.tokens.get(last).length() < 3;
                if (joined.length() < 4) continue;
                String text = joined.toString();
                for (int j : oneActive) {
                    if (oneExact[j]) continue;
                    String token = one.tokens.get(j);
                    // a join with a typo is less certain than either; short parts join only exactly ("j c" / "jc")
                    TokenMatch m = text.equals(token) ? TokenMatch.EXACT
                            : hasShort ? null : TokenSimilarity.typo(text, token);
                    if (m == null) continue;
                    double similarity = m.rule() == Rule.EXACT ? 1.0 : m.similarity() - JOINED_TYPO_COST;
                    int from = manyActive[start], to = last + 1;
                    links.add(manyIsQuery ? link(many, from, to, one, j, j + 1, Rule.JOINED, similarity)
                            : link(one, j, j + 1, many, from, to, Rule.JOINED, similarity));
                }
            }
        }
    }

    /** A token of two or three letters that is the initials of as many adjacent tokens: "jc" / "jean claude". */
    private static void addInitials(PreparedName many, int[] manyActive, PreparedName one, int[] oneActive,
                                    List<Link> links, boolean manyIsQuery) {
        for (int j : oneActive) {
            String token = one.tokens.get(j);
            int n = token.length();
            if (n < 2 || n > 3 || !token.chars().allMatch(Character::isLetter)) continue;
            for (int start = 0; start + n <= manyActive.length; start++) {
                int from = manyActive[start], to = manyActive[start + n - 1] + 1;
                if (to - from != n) continue;
                boolean initials = true;
                for (int k = 0; k < n && initials; k++) {
                    String word = many.tokens.get(from + k);
                    initials = word.length() > 1 && word.charAt(0) == token.charAt(k);
                }
                if (!initials) continue;
                links.add(manyIsQuery ? link(many, from, to, one, j, j + 1, Rule.INITIAL, TokenSimilarity.INITIAL_SIMILARITY)
                        : link(one, j, j + 1, many, from, to, Rule.INITIAL, TokenSimilarity.INITIAL_SIMILARITY));
            }
        }
    }

    private static Link link(PreparedName q, int qFrom, int qTo, PreparedName e, int eFrom, int eTo, Rule rule,
                             double similarity) {
        double value = similarity * (sum(q.weights, qFrom, qTo) + sum(e.weights, eFrom, eTo));
        return new Link(qFrom, qTo, eFrom, eTo, rule, similarity, value);
    }

    /**
     * Places where both names have a word the other lacks, between the same matched words or at the same end:
     * "Nessim Ben <b>Ali</b> Sahraoui" against "Nessim Ben <b>Romdhane</b> Sahraoui". A word missing on one side only
     * (a middle name left out) is no conflict.
     */
    private static int conflicts(PreparedName q, boolean[] usedQ, PreparedName e, boolean[] usedE, List<Link> chosen) {
        int conflicts = 0;
        for (int k = 0; k <= chosen.size(); k++) {
            int qFrom = k == 0 ? 0 : chosen.get(k - 1).qTo, qTo = k == chosen.size() ? q.tokens.size() : chosen.get(k).qFrom;
            int eFrom = k == 0 ? 0 : chosen.get(k - 1).eTo, eTo = k == chosen.size() ? e.tokens.size() : chosen.get(k).eFrom;
            if (hasUnmatchedName(q, usedQ, qFrom, qTo) && hasUnmatchedName(e, usedE, eFrom, eTo)) conflicts++;
        }
        return conflicts;
    }

    private static boolean hasUnmatchedName(PreparedName name, boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) if (!used[i] && name.roles[i] == TokenRole.NAME) return true;
        return false;
    }

    /** 1 when the entry positions rise with the query positions; less when they do not. */
    private static double orderFactor(List<Link> chosen) {
        int n = chosen.size();
        int descents = 0;
        for (int k = 1; k < n; k++) if (chosen.get(k).eFrom < chosen.get(k - 1).eFrom) descents++;
        if (descents == 0) return 1.0;
        boolean rotation = descents == 1 && chosen.get(n - 1).eFrom < chosen.get(0).eFrom;
        return rotation ? ROTATED : PERMUTED;
    }

    /**
     * The weight of the counted tokens of one side. In person names, an unmatched token between two matched ones (a
     * middle name or patronymic left out on the other side) counts {@value #MIDDLE_NAME} of its weight, one before
     * the first or after the last matched token {@value #END_NAME}; where the other side has a different word in
     * that place, {@link #conflicts} adds its own cost. No discount applies to a match resting on one token. An unmatched country word of an organisation ("Korea",
     * "DPRK", "Choson") does not count: the prefix is often left out.
     */
    private static double total(PreparedName name, int[] active, boolean[] used, boolean discount) {
        int first = -1, last = -1;
        for (int i : active) {
            if (!used[i]) continue;
            if (first < 0) first = i;
            last = i;
        }
        double total = 0;
        for (int i : active) {
            if (!used[i] && name.roles[i] == TokenRole.COUNTRY) continue;
            boolean middle = discount && !used[i] && i > first && i < last;
            boolean end = discount && !used[i] && !middle;
            total += middle ? MIDDLE_NAME * name.weights[i] : end ? END_NAME * name.weights[i] : name.weights[i];
        }
        return total;
    }

    private static double sum(double[] weights, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += weights[i];
        return s;
    }

    private static boolean isFree(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) if (used[i]) return false;
        return true;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) used[i] = true;
    }

    private static String join(PreparedName name, int from, int to, String separator) {
        return String.join(separator, name.tokens.subList(from, to));
    }

    private static List<String> unmatched(PreparedName name, int[] active, boolean[] used) {
        List<String> out = new ArrayList<>();
        for (int i : active) if (!used[i]) out.add(name.tokens.get(i));
        return out;
    }

    static List<String> ignored(PreparedName q, PreparedName e) {
        List<String> out = new ArrayList<>();
        for (PreparedName name : List.of(q, e)) {
            for (int i = 0; i < name.tokens.size(); i++) {
                if (name.roles[i].ignored()) {
                    String item = name.tokens.get(i) + " (" + name.roles[i].label() + ")";
                    if (!out.contains(item)) out.add(item);
                }
            }
        }
        return out;
    }
}
