package dev.tandem.screening.core.match;

import dev.tandem.screening.core.list.EntryType;

import java.util.Objects;

/**
 * A name to screen.
 *
 * @param name        the name as written: any script, any order, may contain "IMO 1234567"
 * @param type        the kind of subject, or null to screen against every kind
 * @param birthDate   optional date of birth: "1962", "1962-03" or "1962-03-05"; null or blank if unknown
 * @param nationality optional nationality: ISO 3166 code ("KP") or country name ("North Korea"); null if unknown
 */
public record NameQuery(String name, EntryType type, String birthDate, String nationality) {

    public NameQuery {
        Objects.requireNonNull(name, "name");
    }

    /** A name of any type, without date of birth or nationality. */
    public static NameQuery of(String name) {
        return new NameQuery(name, null, null, null);
    }

    public static NameQuery of(String name, EntryType type) {
        return new NameQuery(name, type, null, null);
    }
}
