package dev.tandem.bench;

import dev.tandem.screening.core.list.EntryType;

/**
 * One row of the labelled Korean variant set.
 *
 * @param query             the name to screen
 * @param expectedReference the UN reference it should hit, or "" for a hard negative
 * @param type              PERSON or ORGANISATION
 * @param kind              how the query was derived (hangul_north, rr, typo, neg_swapped ...)
 * @param match             true if the query should hit {@code expectedReference}, false if it should hit nothing
 * @param derivedFrom       the listed name it was derived from, for review
 */
record KoreanVariant(String query, String expectedReference, EntryType type, String kind, boolean match,
                     String derivedFrom) {
}
