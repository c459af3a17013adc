package dev.tandem.screening.core.list;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of the same list, matched by reference: entries added, entries removed,
 * and entries whose content changed (with the fields that changed, compared as in {@link EntryField}).
 * Entries whose content is identical are left out. Added and changed entries are in the newer version's
 * order, removed ones in the older version's order. Runs in time linear in the number of entries.
 *
 * @param added   entries only in the newer version
 * @param removed entries only in the older version
 * @param changed entries in both whose content differs
 */
public record ListDiff(List<ListEntry> added, List<ListEntry> removed, List<EntryChange> changed) {

    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** Compares two versions of the same source; refuses versions of different sources. */
    public static ListDiff between(ListVersion older, ListVersion newer) {
        if (older.source() != newer.source()) {
            throw new IllegalArgumentException("cannot compare a " + older.source() + " version with a " + newer.source() + " version");
        }
        Map<String, ListEntry> olderByReference = new HashMap<>();
        for (ListEntry entry : older.entries()) olderByReference.put(entry.reference(), entry);
        List<ListEntry> added = new ArrayList<>();
        List<EntryChange> changed = new ArrayList<>();
        Map<String, ListEntry> newerByReference = new HashMap<>();
        for (ListEntry entry : newer.entries()) {
            newerByReference.put(entry.reference(), entry);
            ListEntry before = olderByReference.get(entry.reference());
            if (before == null) {
                added.add(entry);
                continue;
            }
            Set<EntryField> fields = changedFields(before, entry);
            if (!fields.isEmpty()) changed.add(new EntryChange(before, entry, fields));
        }
        List<ListEntry> removed = new ArrayList<>();
        for (ListEntry entry : older.entries()) {
            if (!newerByReference.containsKey(entry.reference())) removed.add(entry);
        }
        return new ListDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Set<EntryField> changedFields(ListEntry older, ListEntry newer) {
        Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
        for (EntryField field : EntryField.values()) {
            if (!field.canonical(older).equals(field.canonical(newer))) fields.add(field);
        }
        return fields;
    }
}
