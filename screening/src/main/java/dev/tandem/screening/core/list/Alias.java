package dev.tandem.screening.core.list;

import java.util.Objects;

/**
 * Another name under which a listed subject is known.
 *
 * @param name    the name as the list writes it
 * @param quality how much weight the publisher gives it
 */
public record Alias(String name, Quality quality) {

    /** The publisher's own grading of an alias (UN "Good"/"Low", OFAC "a.k.a."/"f.k.a."/"n.k.a.", weak a.k.a.). */
    public enum Quality { STRONG, WEAK }

    public Alias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quality, "quality");
        if (name.isBlank()) throw new IllegalArgumentException("alias name is blank");
    }
}
