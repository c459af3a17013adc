package dev.tandem.screening.core.name.korean;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One way to read a name as a Korean name: a family name and one to three given-name syllables, in order.
 *
 * @param family      the family name
 * @param given       the given-name syllables in written order
 * @param familyFirst true for Korean order ("Ri Yong Ho"), false for Western order ("Yong Ho Ri")
 */
public record KoreanReading(KoreanFamilyName family, List<KoreanSyllable> given, boolean familyFirst) {

    public KoreanReading {
        given = List.copyOf(given);
    }

    @Override
    public String toString() {
        String givenText = given.stream().map(KoreanSyllable::surface).collect(Collectors.joining("-"));
        return familyFirst ? family + " " + givenText : givenText + " " + family;
    }
}
