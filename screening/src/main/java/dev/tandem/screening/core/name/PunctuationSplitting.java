package dev.tandem.screening.core.name;

/**
 * Turns punctuation into word breaks: hyphens ("Yong-Ho" → "Yong Ho"), dots, commas, slashes, brackets, quotes and
 * every other character that is neither a letter, a digit, a combining mark nor whitespace become one space;
 * "&amp;" becomes " and " ("Procter &amp; Gamble" → "Procter and Gamble").
 * <p>
 * Leaves letters of every script, digits, combining marks and existing whitespace unchanged (it does not collapse
 * runs of spaces; {@link WhitespaceCollapsing} does).
 */
public final class PunctuationSplitting implements NameStep {

    @Override
    public String apply(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean keep = Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.isSurrogate(c);
            if (keep) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(name.length() + 8).append(name, 0, i);
            out.append(c == '&' ? " and " : " ");
        }
        return out == null ? name : out.toString();
    }
}
