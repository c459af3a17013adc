package dev.tandem.screening.core.name;

import dev.tandem.screening.core.name.korean.HanjaReadings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Normalises a name through a fixed sequence of {@link NameStep}s and splits the result into tokens, keeping the
 * remarks of the steps that removed or folded something a reader could not see. Immutable and thread-safe.
 */
public final class NameAnalyzer {

    private static final InvisibleCharacterRemoval INVISIBLE = new InvisibleCharacterRemoval();

    /** Hanja names read in Korean in at most this many ways (the most likely reading first). */
    public static final int MAX_HANJA_READINGS = 4;

    private static final NameAnalyzer STANDARD = new NameAnalyzer(List.of(
            new InvisibleCharacterRemoval(),
            new UnicodeCompatibilityFolding(),
            new LookAlikeFolding(),
            new FamilyNameCommaReordering(LegalForms.standard()::isOnlyLegalForm),
            new ScriptTransliteration(),
            new ApostropheRemoval(),
            new LatinDiacriticFolding(),
            new LetterSpacingJoining(),
            new CamelCaseSplitting(),
            new LowerCasing(),
            new InitialismJoining(),
            new PunctuationSplitting(),
            new WhitespaceCollapsing(),
            NumberWordFolding.standard()));

    private final List<NameStep> steps;

    public NameAnalyzer(List<NameStep> steps) {
        this.steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /** The pipeline used for list entries and queries alike. */
    public static NameAnalyzer standard() {
        return STANDARD;
    }

    public List<NameStep> steps() {
        return steps;
    }

    /** Normalises {@code name} and splits it into tokens. A null or blank name gives no tokens. */
    public AnalysedName analyse(String name) {
        String text = name == null ? "" : name;
        List<String> remarks = new ArrayList<>(0);
        for (NameStep step : steps) text = step.apply(text, remarks::add);
        return new AnalysedName(name == null ? "" : name, text, tokens(text), remarks);
    }

    /**
     * The name as {@link #analyse} reads it, followed, for a name written in Hanja as Korean names are (one word of two
     * to five characters: "金正恩", not "建平 张"), by its Korean readings
     * ({@link HanjaReadings}: "金正恩" → "김정은", the most likely reading first, at most {@link #MAX_HANJA_READINGS}),
     * each analysed too and remarked ("read Hanja 金正恩 as 김정은"). The first stays the ICU reading (pinyin for Han),
     * so a Chinese name keeps matching its pinyin. Readings that normalise alike are given once.
     */
    public List<AnalysedName> analyseWithReadings(String name) {
        AnalysedName plain = analyse(name);
        if (name == null || !HanjaReadings.isWrittenAsAKoreanName(INVISIBLE.apply(name))) return List.of(plain);
        List<AnalysedName> out = new ArrayList<>();
        out.add(plain);
        Set<String> seen = new HashSet<>();
        seen.add(plain.normalised());
        for (String reading : HanjaReadings.standard().read(name, MAX_HANJA_READINGS)) {
            AnalysedName read = analyse(reading);
            if (read.isEmpty() || !seen.add(read.normalised())) continue;
            out.add(new AnalysedName(name, read.normalised(), read.tokens(), read.remarks())
                    .withFirstRemark("read Hanja " + hanja(name) + " as " + hanja(reading, name)));
        }
        return out;
    }

    /** The Han characters of a name, runs separated by a space. */
    private static String hanja(String name) {
        return hanja(name, name);
    }

    /** The parts of {@code reading} that stand where {@code name} has Han characters. */
    private static String hanja(String reading, String name) {
        StringBuilder out = new StringBuilder();
        int r = 0;
        boolean inRun = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isLetter(cp);
            int readLength = han ? Character.charCount(reading.codePointAt(r)) : Character.charCount(cp);
            if (han) {
                if (!inRun && out.length() > 0) out.append(' ');
                out.append(reading, r, r + readLength);
            }
            inRun = han;
            r += readLength;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Splits on spaces and wherever Hangul meets another script ("김Kim" → "김", "kim"). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        boolean startHangul = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == ' ';
            boolean hangul = !end && isHangulSyllable(text.charAt(i));
            if (start >= 0 && (end || hangul != startHangul)) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            if (!end && start < 0) {
                start = i;
                startHangul = hangul;
            }
        }
        return tokens;
    }

    private static boolean isHangulSyllable(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }
}
