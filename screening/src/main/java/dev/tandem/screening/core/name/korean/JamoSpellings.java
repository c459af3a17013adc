package dev.tandem.screening.core.name.korean;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The romanisation of the jamo (initials, vowels, finals) from {@code initials.tsv}, {@code vowels.tsv} and
 * {@code finals.tsv}: the Revised Romanisation, the McCune–Reischauer spelling (with apostrophes and breves) and the
 * customary spellings accepted when matching. Immutable.
 */
final class JamoSpellings {

    final String[] rr;
    final String[] mr;
    /** every spelling accepted when matching, ASCII, most standard first */
    final String[][] matching;
    /** spellings accepted only when no final consonant follows (vowels only; empty elsewhere) */
    final String[][] openOnly;
    /** spellings accepted only before a final consonant (vowels only; empty elsewhere) */
    final String[][] closedOnly;

    private JamoSpellings(String resource, int expected) {
        List<String[]> rows = Tsv.read(resource, 6);
        if (rows.size() != expected) {
            throw new IllegalStateException(resource + ": " + rows.size() + " rows, expected " + expected);
        }
        rr = new String[expected];
        mr = new String[expected];
        matching = new String[expected][];
        openOnly = new String[expected][];
        closedOnly = new String[expected][];
        for (int i = 0; i < expected; i++) {
            String[] row = rows.get(i);
            rr[i] = letters(row[1]);
            mr[i] = letters(row[2]);
            Set<String> all = new LinkedHashSet<>();
            all.add(rr[i]);
            all.add(fold(mr[i]));
            for (String variant : Tsv.words(row[3])) all.add(letters(variant));
            matching[i] = all.toArray(String[]::new);
            openOnly[i] = Tsv.words(row[4]).stream().map(JamoSpellings::letters).toArray(String[]::new);
            closedOnly[i] = Tsv.words(row[5]).stream().map(JamoSpellings::letters).toArray(String[]::new);
        }
    }

    static JamoSpellings initials() {
        return new JamoSpellings("initials.tsv", HangulSyllables.INITIALS);
    }

    static JamoSpellings vowels() {
        return new JamoSpellings("vowels.tsv", HangulSyllables.VOWELS);
    }

    static JamoSpellings finals() {
        return new JamoSpellings("finals.tsv", HangulSyllables.FINALS);
    }

    /** McCune–Reischauer without apostrophes and breves: "ch'ŏ" → "cho". */
    static String fold(String mr) {
        StringBuilder out = new StringBuilder(mr.length());
        for (int i = 0; i < mr.length(); i++) {
            char c = mr.charAt(i);
            if (c == '\'') continue;
            out.append(c == 'ŏ' ? 'o' : c == 'ŭ' ? 'u' : c);
        }
        return out.toString();
    }

    private static String letters(String cell) {
        return cell.equals("-") ? "" : cell;
    }
}
