package dev.tandem.screening;

import java.time.Instant;

import dev.tandem.screening.core.list.ListSource;

/** An imported list version as people see it: where it came from, when, and what it holds. */
public record ListVersionSummary(long id, ListSource source, Instant generatedAt, String sha256, String fileName,
                                 Instant importedAt, String importedBy, int entries, int persons,
                                 int organisations, int vessels, int aircraft) {
}
