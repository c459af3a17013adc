package dev.tandem.screening.core.match;

import dev.tandem.screening.core.name.korean.InitialSoundRule;
import dev.tandem.screening.core.name.korean.KoreanFamilyName;
import dev.tandem.screening.core.name.korean.KoreanReading;
import dev.tandem.screening.core.name.korean.KoreanSurnames;
import dev.tandem.screening.core.name.korean.KoreanSyllable;
import dev.tandem.screening.core.name.korean.SyllableInventory;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two person names that both read as Korean names ({@link KoreanReading}): the family names must be the same
 * surname, and the given names must have the same syllables <em>in the same order</em> (Kim Chol Nam is not
 * Kim Nam Chol). Syllables are equal when their Hangul sets intersect (MR/RR equivalence, Hangul against Latin), and
 * the first given-name syllable and the family name also after the initial-sound rule. Family name first or last does
 * not matter (Western order costs {@value #WESTERN_ORDER}). One typo is tolerated: in a family name of three or more
 * letters (same first letter), or in the given name as a whole when it has four or more letters; it costs
 * {@value #TYPO}. Names that differ otherwise score at most 0.7, with the reason in the note.
 */
final class KoreanNameComparison {

    static final double WESTERN_ORDER = 0.97;
    static final double TYPO = 0.9;
    private static final double TYPO_SIMILARITY = 0.9;

    private KoreanNameComparison() {
    }

    /** @return the best comparison over all reading pairs, or null if either name has no Korean reading */
    static NameComparison compare(PreparedName q, PreparedName e, boolean explain) {
        NameComparison best = null;
        for (KoreanReading rq : q.readings) {
            for (KoreanReading re : e.readings) {
                NameComparison c = compare(rq, re, q, e, explain);
                if (best == null || c.score() > best.score()) best = c;
            }
        }
        return best;
    }

    private static NameComparison compare(KoreanReading q, KoreanReading e, PreparedName qName, PreparedName eName,
                                          boolean explain) {
        List<TokenPair> pairs = explain ? new ArrayList<>() : null;
        List<String> notes = explain ? new ArrayList<>() : null;
        boolean typo = false;

        Rule familyRule = familyRule(q.family(), e.family());
        double familySimilarity = 1.0;
        if (familyRule == null && isTypo(q.family().surface(), e.family().surface(), 3, true)) {
            familyRule = Rule.TYPO;
            familySimilarity = TYPO_SIMILARITY;
            typo = true;
        }
        boolean reordered = q.familyFirst() != e.familyFirst();
        if (explain && familyRule != null) {
            pairs.add(new TokenPair(q.family().surface(), e.family().surface(),
                    familyRule == Rule.EXACT && reordered ? Rule.REORDERED : familyRule, familySimilarity));
        } else if (explain) {
            notes.add("family name differs (" + q.family().surface() + " ≠ " + e.family().surface() + ")");
        }

        List<KoreanSyllable> qg = q.given(), eg = e.given();
        int matched = 0;
        Rule[] rules = new Rule[Math.min(qg.size(), eg.size())];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = syllableRule(qg.get(i), eg.get(i), i == 0);
            if (rules[i] != null) matched++;
        }
        boolean givenEqual = qg.size() == eg.size() && matched == qg.size();
        if (givenEqual) {
            if (explain) {
                boolean[] joined = joinedDifferently(qg, eg);
                for (int i = 0; i < rules.length; i++) {
                    Rule rule = rules[i] == Rule.EXACT && joined[i] ? Rule.JOINED : rules[i];
                    pairs.add(new TokenPair(qg.get(i).surface(), eg.get(i).surface(), rule, 1.0));
                }
            }
        } else if (!typo && familyRule != null && isTypo(surface(qg), surface(eg), 4, false)) {
            typo = true;
            givenEqual = true;
            if (explain) pairs.add(new TokenPair(surface(qg), surface(eg), Rule.TYPO, TYPO_SIMILARITY));
        } else if (explain) {
            notes.add(givenDifference(qg, eg, rules));
        }

        double score;
        if (familyRule != null && givenEqual) {
            score = 1.0;
            if (reordered) {
                score *= WESTERN_ORDER;
                if (explain) notes.add(0, q.familyFirst() ? "entry in Western order" : "query in Western order");
            }
            if (typo) score *= TYPO;
        } else {
            double share = (double) matched / Math.max(qg.size(), eg.size());
            score = Math.min(0.7, (familyRule != null ? 0.3 : 0.0) + 0.4 * share);
        }
        if (!explain) return NameComparison.scoreOnly(score, Explanation.Method.KOREAN_NAME);
        return new NameComparison(score, Explanation.Method.KOREAN_NAME, pairs, List.of(), List.of(),
                GeneralNameComparison.ignored(qName, eName), String.join("; ", notes));
    }

    /**
     * For a query that does not read as a Korean name against an entry that does ("Kim Jng Jong", "Kim Kyyu": a typo
     * made a syllable unreadable): the family name at either end of the query must be the entry's surname (or one
     * letter from it), and the rest of the query, written together, one letter from the entry's given name written
     * together, the longer of the two having four or more letters.
     *
     * @return the comparison, or null if the query does not fit
     */
    static NameComparison compareUnreadable(PreparedName q, PreparedName e, boolean explain) {
        if (!q.readings.isEmpty() || e.readings.isEmpty()) return null;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < q.tokens.size(); i++) if (!q.roles[i].ignored()) tokens.add(q.tokens.get(i));
        if (tokens.size() < 2 || tokens.size() > 4 || !tokens.stream().allMatch(KoreanNameComparison::isLatin)) return null;
        NameComparison best = null;
        for (KoreanReading re : e.readings) {
            for (boolean familyFirst : new boolean[]{true, false}) {
                String family = familyFirst ? tokens.get(0) : tokens.get(tokens.size() - 1);
                String given = String.join("", familyFirst ? tokens.subList(1, tokens.size()) : tokens.subList(0, tokens.size() - 1));
                String entryGiven = surface(re.given());
                boolean familyTypo = false;
                Rule familyRule;
                int[] surnames = KoreanSurnames.standard().ofLatin(family);
                if (KoreanSurnames.intersects(surnames, re.family().surnames())) {
                    familyRule = family.equals(re.family().surface()) ? Rule.EXACT : Rule.SURNAME_VARIANT;
                } else if (isTypo(family, re.family().surface(), 3, true)) {
                    familyRule = Rule.TYPO;
                    familyTypo = true;
                } else {
                    continue;
                }
                int edits = EditDistance.bounded(given, entryGiven, 1);
                if (edits > 1 || Math.max(given.length(), entryGiven.length()) < 4 || familyTypo && edits > 0) continue;
                boolean reordered = familyFirst != re.familyFirst();
                List<TokenPair> pairs = new ArrayList<>();
                pairs.add(new TokenPair(family, re.family().surface(), familyRule == Rule.EXACT && reordered ? Rule.REORDERED : familyRule,
                        familyTypo ? TYPO_SIMILARITY : 1.0));
                pairs.add(new TokenPair(given, entryGiven, edits == 0 ? Rule.JOINED : Rule.TYPO, edits == 0 ? 1.0 : TYPO_SIMILARITY));
                double score = TYPO * (reordered ? WESTERN_ORDER : 1.0);
                String note = "query not readable as a Korean name; compared letter by letter";
                NameComparison c = explain ? new NameComparison(score, Explanation.Method.KOREAN_NAME, pairs, List.of(),
                        List.of(), GeneralNameComparison.ignored(q, e), note)
                        : NameComparison.scoreOnly(score, Explanation.Method.KOREAN_NAME);
                if (best == null || c.score() > best.score()) best = c;
            }
        }
        return best;
    }

    static Rule familyRule(KoreanFamilyName q, KoreanFamilyName e) {
        if (!KoreanSurnames.intersects(q.surnames(), e.surnames())) return null;
        if (q.surface().equals(e.surface())) return Rule.EXACT;
        if (q.writtenInHangul() && e.writtenInHangul()) return Rule.INITIAL_SOUND_RULE;
        if (q.writtenInHangul() || e.writtenInHangul()) {
            KoreanFamilyName hangul = q.writtenInHangul() ? q : e;
            KoreanFamilyName latin = q.writtenInHangul() ? e : q;
            if (hangul.hangul().length == 1) {
                char h = hangul.hangul()[0];
                if (SyllableInventory.intersects(latin.hangul(), hangul.hangul())) return Rule.HANGUL_ROMANISED;
                if (SyllableInventory.intersects(InitialSoundRule.apply(latin.hangul()), new char[]{InitialSoundRule.apply(h)})) {
                    return Rule.INITIAL_SOUND_RULE;
                }
            }
            return Rule.HANGUL_ROMANISED;
        }
        return Rule.SURNAME_VARIANT;
    }

    static Rule syllableRule(KoreanSyllable q, KoreanSyllable e, boolean wordInitial) {
        if (SyllableInventory.intersects(q.hangul(), e.hangul())) {
            if (q.surface().equals(e.surface())) return Rule.EXACT;
            if (q.writtenInHangul() != e.writtenInHangul()) return Rule.HANGUL_ROMANISED;
            return q.writtenInHangul() ? Rule.EXACT : Rule.SYLLABLE_EQUIVALENCE;
        }
        if (wordInitial && SyllableInventory.intersects(q.southHangul(), e.southHangul())) return Rule.INITIAL_SOUND_RULE;
        return null;
    }

    /** For each syllable: whether it shares a token with a neighbour on one side but not on the other. */
    private static boolean[] joinedDifferently(List<KoreanSyllable> q, List<KoreanSyllable> e) {
        boolean[] out = new boolean[q.size()];
        for (int i = 1; i < q.size(); i++) {
            boolean sameQ = q.get(i).token() == q.get(i - 1).token();
            boolean sameE = e.get(i).token() == e.get(i - 1).token();
            if (sameQ != sameE) {
                out[i] = true;
                out[i - 1] = true;
            }
        }
        return out;
    }

    private static String givenDifference(List<KoreanSyllable> q, List<KoreanSyllable> e, Rule[] rules) {
        if (q.size() != e.size()) {
            return "given name has " + q.size() + " syllable(s) in the query, " + e.size() + " in the entry";
        }
        if (isPermutation(q, e)) {
            return "given-name syllables in another order (" + surface(q) + " ≠ " + surface(e) + ")";
        }
        for (int i = 0; i < rules.length; i++) {
            if (rules[i] == null) {
                return "given-name syllable " + (i + 1) + " differs (" + q.get(i).surface() + " ≠ " + e.get(i).surface() + ")";
            }
        }
        return "given name differs";
    }

    /** Whether every query syllable pairs with a different entry syllable, in some order. */
    private static boolean isPermutation(List<KoreanSyllable> q, List<KoreanSyllable> e) {
        boolean[] used = new boolean[e.size()];
        for (KoreanSyllable s : q) {
            boolean found = false;
            for (int j = 0; j < e.size() && !found; j++) {
                if (!used[j] && syllableRule(s, e.get(j), false) != null) {
                    used[j] = true;
                    found = true;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    private static boolean isTypo(String a, String b, int minLength, boolean sameFirstLetter) {
        if (a.length() < minLength || b.length() < minLength) return false;
        if (!isLatin(a) || !isLatin(b)) return false;
        if (sameFirstLetter && a.charAt(0) != b.charAt(0)) return false;
        return EditDistance.bounded(a, b, 1) == 1;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 'a' || s.charAt(i) > 'z') return false;
        return true;
    }

    private static String surface(List<KoreanSyllable> syllables) {
        StringBuilder out = new StringBuilder();
        for (KoreanSyllable s : syllables) out.append(s.surface());
        return out.toString();
    }
}
