package dev.tandem.screening.core.match;

import dev.tandem.screening.core.name.AnalysedName;
import dev.tandem.screening.core.name.LegalForms;
import dev.tandem.screening.core.name.NameAnalyzer;
import dev.tandem.screening.core.name.korean.HangulSyllables;
import dev.tandem.screening.core.name.korean.KoreanNameReader;
import dev.tandem.screening.core.name.korean.KoreanReading;
import dev.tandem.screening.core.name.korean.SyllableInventory;
import dev.tandem.screening.core.name.korean.SyllableSegmenter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns a name into a {@link PreparedName}: analysis, token roles, weights, Korean readings, acronyms. */
final class NamePreparer {

    private static final int MIN_ACRONYM = 3;
    private static final Set<String> TRAILING_TITLES = Set.of("jr", "sr");
    /** Not "Pao", "Ooo" or "Sa", which are also family names or syllables. */
    private static final Set<String> PERSONAL_LEGAL_FORMS =
            Set.of("llc", "ltd", "inc", "corp", "plc", "llp", "gmbh", "limited", "incorporated", "corporation");

    private final NameAnalyzer analyzer = NameAnalyzer.standard();
    private final LegalForms legalForms = LegalForms.standard();
    private final Set<String> legalFormWords = legalForms.singleWords();
    private final KoreanNameReader korean = KoreanNameReader.standard();
    private final SyllableInventory inventory = SyllableInventory.standard();
    private final SyllableSegmenter segmenter = new SyllableSegmenter(inventory);
    private final TokenWeights weights;

    NamePreparer(TokenWeights weights) {
        this.weights = weights;
    }

    TokenWeights weights() {
        return weights;
    }

    AnalysedName analyse(String name) {
        return analyzer.analyse(name);
    }

    /** The name and, if it is written in Hanja, its Korean readings ({@link NameAnalyzer#analyseWithReadings}). */
    List<AnalysedName> analyseWithReadings(String name) {
        return analyzer.analyseWithReadings(name);
    }

    PreparedName prepare(String name, boolean organisation) {
        return prepare(analyzer.analyse(name), organisation);
    }

    PreparedName prepare(AnalysedName name, boolean organisation) {
        List<String> tokens = name.tokens();
        TokenRole[] roles = roles(tokens, organisation);
        double[] tokenWeights = new double[tokens.size()];
        char[][][] syllables = new char[tokens.size()][][];
        for (int i = 0; i < tokens.size(); i++) {
            if (roles[i].ignored()) continue;
            TokenInfo info = info(tokens.get(i));
            tokenWeights[i] = weights.weight(tokens.get(i), roles[i], info.weight);
            syllables[i] = info.syllables;
        }
        List<KoreanReading> readings = organisation ? List.of() : korean.read(personTokens(tokens, roles));
        List<String> acronyms = organisation ? acronyms(tokens, roles) : List.of();
        return new PreparedName(name.original(), tokens, roles, tokenWeights, syllables, readings, acronyms, organisation,
                name.remarks());
    }

    /**
     * Roles of the tokens. In organisation names, legal forms (also misspelt by one letter: "Corporaion", "Compan")
     * are left out. In person names, titles count only at the start ("Mr", "Dr", "Shaikh"), or "Jr"/"Sr" at the end,
     * so that a Korean syllable such as "Hon" inside a name is never taken for a title; an English legal form ending a
     * person name of three or more tokens ("Nicolás Maduro LLC") is left out too.
     */
    private TokenRole[] roles(List<String> tokens, boolean organisation) {
        TokenRole[] roles = new TokenRole[tokens.size()];
        String[] legal = organisation ? legalForms.mark(tokens) : new String[tokens.size()];
        boolean leading = true;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            TokenRole role = legal[i] != null || organisation && isMisspeltLegalForm(token)
                    || !organisation && i == tokens.size() - 1 && i >= 2 && isPersonalLegalForm(token)
                    ? TokenRole.LEGAL_FORM : weights.classes().role(token, organisation);
            if (role == TokenRole.TITLE && !leading && !(i == tokens.size() - 1 && TRAILING_TITLES.contains(token))) {
                role = TokenRole.NAME;
            }
            leading &= role == TokenRole.TITLE;
            roles[i] = role;
        }
        if (organisation && allIgnored(roles)) {
            // a name made only of legal forms or stop words ("The Company") is compared as written
            for (int i = 0; i < roles.length; i++) roles[i] = TokenRole.NAME;
        }
        return roles;
    }

    private boolean isMisspeltLegalForm(String token) {
        if (token.length() < 5 || legalFormWords.contains(token)) return false;
        for (String form : legalFormWords) {
            if (form.length() >= 6 && EditDistance.bounded(token, form, 1) <= 1) return true;
        }
        return false;
    }

    /** An English legal form ("LLC", "Ltd", "Inc"), which ends a person query only by mistake. */
    private static boolean isPersonalLegalForm(String token) {
        return PERSONAL_LEGAL_FORMS.contains(token);
    }

    private static boolean allIgnored(TokenRole[] roles) {
        for (TokenRole role : roles) if (!role.ignored()) return false;
        return true;
    }

    private static List<String> personTokens(List<String> tokens, TokenRole[] roles) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) if (roles[i] != TokenRole.TITLE) out.add(tokens.get(i));
        return out;
    }

    /** What is known of a token regardless of its role: its base weight and its syllables. */
    private record TokenInfo(double weight, char[][] syllables) {
    }

    /** The index's vocabulary, filled while the index is built; queries read it but never add to it. */
    private final java.util.concurrent.ConcurrentHashMap<String, TokenInfo> tokenInfo = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean frozen;

    /** Stops remembering tokens: from now on only queries are prepared, and their names are not kept. */
    void freeze() {
        frozen = true;
    }

    private TokenInfo info(String token) {
        TokenInfo info = tokenInfo.get(token);
        if (info != null) return info;
        info = new TokenInfo(weights.baseWeight(token), syllables(token));
        if (!frozen) tokenInfo.put(token, info);
        return info;
    }

    /** Hangul syllable sets of a token read as two or more romanised (or Hangul) syllables; null otherwise. */
    private char[][] syllables(String token) {
        if (HangulSyllables.isHangulWord(token)) {
            if (token.length() < 2) return null;
            char[][] sets = new char[token.length()][];
            for (int i = 0; i < token.length(); i++) sets[i] = new char[]{token.charAt(i)};
            return sets;
        }
        if (token.length() < 4) return null;
        List<List<String>> splits = segmenter.segment(token, 6, 1);
        if (splits.isEmpty() || splits.get(0).size() < 2) return null;
        List<String> parts = splits.get(0);
        char[][] sets = new char[parts.size()][];
        for (int i = 0; i < parts.size(); i++) sets[i] = inventory.hangul(parts.get(i));
        return sets;
    }

    /**
     * Initials of the name, with and without the country word and with and without the legal form
     * ("Korea Kwangson Banking Corporation" → kkbc, kkb, kbc, kb). Stop words never give an initial.
     */
    private static List<String> acronyms(List<String> tokens, TokenRole[] roles) {
        Set<String> out = new LinkedHashSet<>();
        for (boolean country : new boolean[]{true, false}) {
            for (boolean legal : new boolean[]{true, false}) {
                StringBuilder initials = new StringBuilder();
                for (int i = 0; i < tokens.size(); i++) {
                    TokenRole role = roles[i];
                    if (role == TokenRole.STOPWORD || role == TokenRole.TITLE) continue;
                    if (role == TokenRole.COUNTRY && !country || role == TokenRole.LEGAL_FORM && !legal) continue;
                    char initial = tokens.get(i).charAt(0);
                    if (Character.isLetter(initial)) initials.append(initial);
                }
                if (initials.length() >= MIN_ACRONYM) out.add(initials.toString());
            }
        }
        return List.copyOf(out);
    }
}
