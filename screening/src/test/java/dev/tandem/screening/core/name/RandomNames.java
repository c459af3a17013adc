package dev.tandem.screening.core.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Fixed-seed random name-like strings mixing scripts, marks, punctuation and spaces, for idempotence checks. */
final class RandomNames {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "ŏŭéÉßæøłđþıñçÇğšžŠŽ" + "리용호김철남박" + "ВладимирПутин" + "محمد" + "金正恩"
            + " -.,'’`()&/\u00A0\u3000" + "0123456789" + "ＫＩＭ" + "\u0301\u0306"
            + "\u200B\u200D\u00AD\u202E\uFE0F" + "оаеКРУΚορΑ" + "李容武崔";

    private RandomNames() {
    }

    static List<String> sample(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = random.nextInt(24);
            StringBuilder s = new StringBuilder(length);
            for (int k = 0; k < length; k++) s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            out.add(s.toString());
        }
        return out;
    }
}
