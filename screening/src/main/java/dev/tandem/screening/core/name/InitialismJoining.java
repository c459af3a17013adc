package dev.tandem.screening.core.name;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins initialisms written with dots: "A.B.C. Company" → "ABC Company", "L.L.C." → "LLC", "J.P. Morgan" →
 * "JP Morgan", "U.S." → "US". A run counts as an initialism when it has at least two single letters each followed by
 * a dot (the last dot may be missing: "L.X.C").
 * <p>
 * Leaves a single initial ("A. Khamenei"), abbreviations of more than one letter ("Co.", "Int'l") and every other
 * dot unchanged; {@link PunctuationSplitting} turns those into spaces later.
 */
public final class InitialismJoining implements NameStep {

    private static final Pattern INITIALISM =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}\\.){2,}(?:\\p{L}(?![\\p{L}\\p{N}]))?|(?<![\\p{L}\\p{N}.])\\p{L}\\.\\p{L}(?![\\p{L}\\p{N}])");

    @Override
    public String apply(String name) {
        if (name.indexOf('.') < 0) return name;
        Matcher m = INITIALISM.matcher(name);
        if (!m.find()) return name;
        StringBuilder out = new StringBuilder(name.length());
        int copied = 0;
        do {
            out.append(name, copied, m.start()).append(m.group().replace(".", ""));
            copied = m.end();
        } while (m.find());
        return out.append(name, copied, name.length()).toString();
    }
}
