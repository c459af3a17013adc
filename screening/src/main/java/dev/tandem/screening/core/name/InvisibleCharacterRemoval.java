package dev.tandem.screening.core.name;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.UnicodeSet;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Removes characters that render as nothing, so that they cannot split or disguise a name: zero-width space, non-joiner
 * and joiner, word joiner, the byte-order mark, soft hyphens, bidirectional controls (LRM, RLM, LRE … PDF, LRI … PDI),
 * variation selectors, tag characters, the combining grapheme joiner, Hangul fillers and every other format or
 * default-ignorable code point ({@code [[:Default_Ignorable_Code_Point:][:Cf:]]}). "R\u200Bi Y\u200Bong" → "Ri Yong".
 * <p>
 * Leaves visible characters unchanged, including Hangul syllables and jamo, whitespace (which
 * {@link WhitespaceCollapsing} handles) and the visible format characters that begin Arabic numbers
 * ({@code [:Prepended_Concatenation_Mark:]}). Reports how many characters it removed, and which.
 */
public final class InvisibleCharacterRemoval implements NameStep {

    private static final int NAMED = 3;
    private static final UnicodeSet INVISIBLE =
            new UnicodeSet("[[[:Default_Ignorable_Code_Point:][:Cf:]]-[:Prepended_Concatenation_Mark:]]").freeze();

    @Override
    public String apply(String name) {
        return apply(name, remark -> { });
    }

    @Override
    public String apply(String name, Consumer<String> remarks) {
        int first = firstInvisible(name);
        if (first < 0) return name;
        StringBuilder out = new StringBuilder(name.length()).append(name, 0, first);
        Set<String> kinds = new TreeSet<>();
        int removed = 0;
        for (int i = first; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (INVISIBLE.contains(cp)) {
                removed++;
                kinds.add(UCharacter.getName(cp) == null ? String.format(Locale.ROOT, "U+%04X", cp)
                        : UCharacter.getName(cp).toLowerCase(Locale.ROOT));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        remarks.accept(remark(removed, kinds));
        return out.toString();
    }

    private static int firstInvisible(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            // every invisible character lies above U+00AC; most names never leave ASCII
            if (cp > 0xAC && INVISIBLE.contains(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static String remark(int removed, Set<String> kinds) {
        StringBuilder out = new StringBuilder("removed ").append(removed)
                .append(removed == 1 ? " invisible character: " : " invisible characters: ");
        int shown = 0;
        for (String kind : kinds) {
            if (shown == NAMED) {
                out.append(", …");
                break;
            }
            if (shown++ > 0) out.append(", ");
            out.append(kind);
        }
        return out.toString();
    }
}
