package dev.tandem.bench;

import dev.tandem.screening.core.name.NameAnalyzer;
import dev.tandem.screening.core.name.korean.KoreanNameReader;
import dev.tandem.screening.core.name.korean.KoreanReading;
import dev.tandem.screening.core.name.korean.KoreanSurnames;
import dev.tandem.screening.core.name.korean.SyllableInventory;

import java.util.List;

/**
 * Whether two names are the same Korean name (same surname, same given-name syllables in the same order), used by
 * the generator to keep hard negatives from coinciding with a listed name. Independent of the matcher's scoring.
 */
final class KoreanEquality {

    private KoreanEquality() {
    }

    static boolean same(String a, String b) {
        List<KoreanReading> ra = read(a), rb = read(b);
        for (KoreanReading x : ra) {
            for (KoreanReading y : rb) {
                if (same(x, y)) return true;
            }
        }
        return false;
    }

    private static boolean same(KoreanReading x, KoreanReading y) {
        if (!KoreanSurnames.intersects(x.family().surnames(), y.family().surnames())) return false;
        if (x.given().size() != y.given().size()) return false;
        for (int i = 0; i < x.given().size(); i++) {
            boolean equal = SyllableInventory.intersects(x.given().get(i).hangul(), y.given().get(i).hangul())
                    || i == 0 && SyllableInventory.intersects(x.given().get(0).southHangul(), y.given().get(0).southHangul());
            if (!equal) return false;
        }
        return true;
    }

    private static List<KoreanReading> read(String name) {
        return KoreanNameReader.standard().read(NameAnalyzer.standard().analyse(name).tokens());
    }
}
