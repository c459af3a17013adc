package dev.tandem.bench;

import java.util.Random;

/** One-letter typing errors: a substitution by a neighbouring key, a deletion, an insertion or a transposition. */
final class Typos {

    private static final String[] NEIGHBOURS = {
            "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop",
            "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx"};

    private Typos() {
    }

    /** The word with one letter error; never equal to the word. Letters are kept in the word's case. */
    static String apply(String word, Random random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String out = once(word, random);
            if (!out.equalsIgnoreCase(word)) return out;
        }
        return word + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "X" : "x");
    }

    private static String once(String word, Random random) {
        int i = 1 + random.nextInt(word.length() - 1);
        boolean upper = Character.isUpperCase(word.charAt(i));
        switch (random.nextInt(4)) {
            case 0: {
                char c = Character.toLowerCase(word.charAt(i));
                if (c < 'a' || c > 'z') return word;
                String near = NEIGHBOURS[c - 'a'];
                char r = near.charAt(random.nextInt(near.length()));
                return word.substring(0, i) + (upper ? Character.toUpperCase(r) : r) + word.substring(i + 1);
            }
            case 1:
                return word.substring(0, i) + word.substring(i + 1);
            case 2: {
                char r = (char) ('a' + random.nextInt(26));
                return word.substring(0, i) + (upper ? Character.toUpperCase(r) : r) + word.substring(i);
            }
            default:
                if (i + 1 >= word.length()) return word;
                return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
        }
    }
}
