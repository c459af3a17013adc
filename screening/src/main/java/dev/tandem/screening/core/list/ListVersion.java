package dev.tandem.screening.core.list;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One imported publication of a list: immutable once made. Two imports of the same bytes have the same
 * {@code sha256}, which is how a repeated import is recognised and ignored.
 *
 * @param source      which list
 * @param generatedAt when the publisher generated it (UN dateGenerated), or null where the file does not say
 * @param sha256      hex SHA-256 over the imported bytes (all files of a multi-file set, in a fixed order)
 * @param entries     the entries, in the file's order, references unique
 */
public record ListVersion(ListSource source, Instant generatedAt, String sha256, List<ListEntry> entries) {

    public ListVersion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        entries = List.copyOf(entries);
    }

    public long count(EntryType type) {
        return entries.stream().filter(e -> e.type() == type).count();
    }
}
