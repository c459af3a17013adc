package dev.tandem.screening.core.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Normalises a name through a fixed sequence of {@link NameStep}s and splits the result into tokens. Immutable and
 * thread-safe.
 */
public final class NameAnalyzer {

    private static final NameAnalyzer STANDARD = new NameAnalyzer(List.of(
            new UnicodeCompatibilityFolding(),
            new FamilyNameCommaReordering(LegalForms.standard()::isOnlyLegalForm),
            new ScriptTransliteration(),
            new ApostropheRemoval(),
            new LatinDiacriticFolding(),
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
        for (NameStep step : steps) text = step.apply(text);
        return new AnalysedName(name == null ? "" : name, text, tokens(text));
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
