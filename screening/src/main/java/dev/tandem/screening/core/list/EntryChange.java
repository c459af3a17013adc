package dev.tandem.screening.core.list;

import java.util.Objects;
import java.util.Set;

/**
 * One entry present in both versions under the same reference whose content differs.
 *
 * @param older  the entry as the older version has it
 * @param newer  the entry as the newer version has it
 * @param fields the fields that differ, never empty
 */
public record EntryChange(ListEntry older, ListEntry newer, Set<EntryField> fields) {

    public EntryChange {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        fields = Set.copyOf(fields);
        if (fields.isEmpty()) throw new IllegalArgumentException("a change needs at least one changed field");
    }

    public String reference() {
        return newer.reference();
    }
}
