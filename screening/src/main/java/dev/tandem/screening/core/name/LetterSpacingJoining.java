package dev.tandem.screening.core.name;

/**
 * Joins a name written letter by letter: a run of at least {@value #MIN_RUN} single letters separated by single
 * spaces becomes one word, "R i Y o n g M u" → "RiYongMu" (which {@link CamelCaseSplitting} then splits into
 * "Ri Yong Mu") and "K I M" ... → "KIM...". Spaced-out letters are a way to slip a name past a matcher that compares
 * words.
 * <p>
 * Leaves runs of up to three single letters ("J R R Tolkien", "Kim Y S"), Hangul syllables (a Korean name may be
 * written syllable by syllable: "리 용 무"), words of two or more letters and every other character unchanged.
 */
public final class LetterSpacingJoining implements NameStep {

    static final int MIN_RUN = 4;

    @Override
    public String apply(String name) {
        StringBuilder out = null;
        int i = 0;
        while (i < name.length()) {
            int runEnd = runEnd(name, i);
            if (runEnd > i) {
                if (out == null) out = new StringBuilder(name.length()).append(name, 0, i);
                for (int k = i; k < runEnd; k++) if (name.charAt(k) != ' ') out.append(name.charAt(k));
                i = runEnd;
            } else {
                if (out != null) out.append(name.charAt(i));
                i++;
            }
        }
        return out == null ? name : out.toString();
    }

    /** End of a run of ≥ MIN_RUN single letters starting at {@code start} (at a word start), or {@code start}. */
    private static int runEnd(String name, int start) {
        if (start > 0 && name.charAt(start - 1) != ' ') return start;
        int letters = 0, i = start, end = start;
        while (i < name.length() && isSingleLetter(name, i)) {
            letters++;
            end = i + 1;
            if (i + 2 < name.length() && name.charAt(i + 1) == ' ' && name.charAt(i + 2) != ' ') i += 2;
            else break;
        }
        return letters >= MIN_RUN ? end : start;
    }

    private static boolean isSingleLetter(String name, int i) {
        char c = name.charAt(i);
        if (!Character.isLetter(c) || Character.isSurrogate(c)) return false;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) return false;
        boolean startsWord = i == 0 || name.charAt(i - 1) == ' ';
        boolean endsWord = i + 1 == name.length() || name.charAt(i + 1) == ' ';
        return startsWord && endsWord;
    }
}
