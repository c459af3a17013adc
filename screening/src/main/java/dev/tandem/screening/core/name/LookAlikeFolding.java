package dev.tandem.screening.core.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Folds letters of other scripts that look like Latin letters into those Latin letters where they disguise a Latin
 * name: Cyrillic "о", "р", "К", Greek "ο", "Ρ", "Ν", Cherokee "Ꭺ" and the rest of {@code look-alikes.tsv} (generated
 * from Unicode's confusables data). A word is folded when it mixes Latin letters with such look-alikes, or look-alikes
 * of two scripts (Cyrillic "Ѕ" and Greek "Ε": no genuine word does), and all its letters other than Latin are
 * look-alikes ("Kіm Yоng" → "Kim Yong", "ЅΕ" → "SE"), or when it has no Latin letter but consists of look-alikes
 * only in a name that has a (possibly disguised) Latin word and no letter of another script that is not a look-alike
 * ("Ri УОNG" → "Ri YONG").
 * <p>
 * Leaves genuine text of one script unchanged ("Владимир Путин", "Σοφία", "Сергей Ivanov": the Cyrillic word has
 * letters that look like nothing Latin), and leaves Latin, Hangul, Han, digits and punctuation unchanged; other scripts
 * are transliterated later by {@link ScriptTransliteration}. Reports each letter it folded, by script.
 */
public final class LookAlikeFolding implements NameStep {

    private static final int SHOWN = 6;
    private static final Map<Integer, LookAlike> TABLE = read("look-alikes.tsv");

    private record LookAlike(char latin, String script) {
    }

    @Override
    public String apply(String name) {
        return apply(name, remark -> { });
    }

    @Override
    public String apply(String name, Consumer<String> remarks) {
        if (isAscii(name)) return name;
        boolean latinWord = false, genuineOther = false, anyLookAlike = false;
        for (int i = 0; i < name.length(); ) {
            int end = wordEnd(name, i);
            if (end == i) {
                i += Character.charCount(name.codePointAt(i));
                continue;
            }
            Word word = Word.of(name, i, end);
            latinWord |= word.latin > 0 && word.other == 0 || word.isDisguisedLatin();
            genuineOther |= word.other > word.lookAlikes;
            anyLookAlike |= word.lookAlikes > 0;
            i = end;
        }
        if (!anyLookAlike) return name;
        StringBuilder out = new StringBuilder(name.length());
        Map<String, Set<String>> folded = new LinkedHashMap<>();
        for (int i = 0; i < name.length(); ) {
            int end = wordEnd(name, i);
            if (end == i) {
                int cp = name.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            Word word = Word.of(name, i, end);
            boolean mixed = word.isDisguisedLatin();
            boolean disguised = word.latin == 0 && word.other > 0 && word.other == word.lookAlikes && latinWord && !genuineOther;
            if (mixed || disguised) fold(name, i, end, out, folded);
            else out.append(name, i, end);
            i = end;
        }
        if (folded.isEmpty()) return name;
        StringBuilder remark = new StringBuilder("folded");
        int shown = 0;
        for (Map.Entry<String, Set<String>> script : folded.entrySet()) {
            remark.append(shown == 0 ? " " : "; ").append(script.getKey().replace('_', ' '));
            for (String pair : script.getValue()) {
                if (shown++ == SHOWN) {
                    remark.append(" …");
                    break;
                }
                remark.append(' ').append(pair);
            }
        }
        remarks.accept(remark.toString());
        return out.toString();
    }

    private static void fold(String name, int start, int end, StringBuilder out, Map<String, Set<String>> folded) {
        for (int i = start; i < end; ) {
            int cp = name.codePointAt(i);
            LookAlike lookAlike = TABLE.get(cp);
            if (lookAlike == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(lookAlike.latin);
                folded.computeIfAbsent(lookAlike.script, k -> new LinkedHashSet<>())
                        .add(new String(Character.toChars(cp)) + "→" + lookAlike.latin);
            }
            i += Character.charCount(cp);
        }
    }

    /** Letters of one word, counted by kind, and how many scripts other than Latin it mixes. */
    private record Word(int latin, int other, int lookAlikes, int otherScripts) {

        static Word of(String name, int start, int end) {
            int latin = 0, other = 0, lookAlikes = 0;
            Character.UnicodeScript first = null;
            boolean severalScripts = false;
            for (int i = start; i < end; ) {
                int cp = name.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) continue;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.LATIN) latin++;
                else if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    other++;
                    if (TABLE.containsKey(cp)) lookAlikes++;
                    if (first == null) first = script;
                    else severalScripts |= script != first;
                }
            }
            return new Word(latin, other, lookAlikes, first == null ? 0 : severalScripts ? 2 : 1);
        }

        /** Mixes scripts (Latin and another, or two others: no genuine word does) and has only look-alikes besides Latin. */
        boolean isDisguisedLatin() {
            return lookAlikes > 0 && other == lookAlikes && (latin > 0 || otherScripts > 1);
        }
    }

    /** End of the word starting at {@code start}: a run of letters and combining marks (0 if none starts there). */
    private static int wordEnd(String name, int start) {
        int i = start;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            int type = Character.getType(cp);
            if (!Character.isLetter(cp) && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) if (name.charAt(i) >= 0x80) return false;
        return true;
    }

    private static Map<Integer, LookAlike> read(String resource) {
        Map<Integer, LookAlike> table = new HashMap<>();
        try (InputStream in = LookAlikeFolding.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                table.put(cells[1].codePointAt(0), new LookAlike(cells[2].charAt(0), cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
