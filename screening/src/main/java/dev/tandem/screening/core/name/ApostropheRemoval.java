package dev.tandem.screening.core.name;

/**
 * Removes apostrophes and apostrophe-like marks, joining the letters around them. McCune–Reischauer writes aspiration
 * and, where breves are unavailable, the breve itself with an apostrophe: "CH'O'L" and "Ch’ŏl" both become "CHOL" and
 * "Chŏl"; "O'Brien" becomes "OBrien". Removes U+0027, U+2019, U+2018, U+02BC, U+02BB, U+0060, U+00B4 and U+2032.
 * <p>
 * Leaves double quotes, hyphens, letters and all other characters unchanged.
 */
public final class ApostropheRemoval implements NameStep {

    private static final String MARKS = "'\u2019\u2018\u02BC\u02BB`\u00B4\u2032";

    @Override
    public String apply(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (MARKS.indexOf(c) >= 0) {
                if (out == null) out = new StringBuilder(name.length()).append(name, 0, i);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? name : out.toString();
    }
}
