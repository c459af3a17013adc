package dev.tandem.screening.core.list;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the entries of one version in file order and refuses a second entry with a reference already
 * seen, naming both lines. Refuses a version without entries: an empty list is never a valid publication,
 * and importing one would silently clear the screening index.
 */
final class UniqueEntries {

    private final Path file;
    private final List<ListEntry> entries = new ArrayList<>();
    private final Map<String, Long> lineByReference = new HashMap<>();

    UniqueEntries(Path file) {
        this.file = file;
    }

    void add(ListEntry entry, long line) throws ListFormatException {
        Long earlier = lineByReference.putIfAbsent(entry.reference(), line);
        if (earlier != null) {
            throw ListFormatException.atLine(file, line, null,
                    "duplicate reference '" + entry.reference() + "' (first seen on line " + earlier + ")");
        }
        entries.add(entry);
    }

    boolean contains(String reference) {
        return lineByReference.containsKey(reference);
    }

    List<ListEntry> toList() throws ListFormatException {
        if (entries.isEmpty()) throw ListFormatException.inFile(file, "the file holds no list entries");
        return entries;
    }
}
