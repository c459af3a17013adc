package dev.tandem.screening.core.name;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Turns the list order "FAMILY, Given" (OFAC writes "KIM, Yong Chol"; many lists write "SMITH, John") into the
 * written order "Given FAMILY" ("Yong Chol KIM"). The Korean matcher recognises a family name at either end, so
 * the Western order is no loss for Korean names.
 * <p>
 * Leaves the name unchanged when it has no comma or more than one, when either side of the comma is empty, and when
 * the part after the comma is only a legal form ("ABC TRADING, LTD.", "Apple, Inc."), as decided by the predicate
 * given to the constructor.
 */
public final class FamilyNameCommaReordering implements NameStep {

    private final Predicate<String> isLegalForm;

    /** @param isLegalForm tells whether a text (as written after the comma) is only a legal form */
    public FamilyNameCommaReordering(Predicate<String> isLegalForm) {
        this.isLegalForm = Objects.requireNonNull(isLegalForm, "isLegalForm");
    }

    @Override
    public String apply(String name) {
        int comma = name.indexOf(',');
        if (comma < 0 || name.indexOf(',', comma + 1) >= 0) return name;
        String family = name.substring(0, comma).strip();
        String given = name.substring(comma + 1).strip();
        if (family.isEmpty() || given.isEmpty() || isLegalForm.test(given)) return name;
        return given + " " + family;
    }
}
