package dev.tandem.journal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import dev.tandem.common.InvalidInputException;

/**
 * The head of the journal written down outside the database: a later chain that no longer holds this entry with
 * this hash was rewritten, even when every hash in it was recomputed consistently.
 *
 * @param seq        the number of the head entry when anchored
 * @param hash       its hash
 * @param recordedAt when that entry was recorded
 * @param anchoredAt when the anchor was taken
 */
public record JournalAnchor(long seq, String hash, Instant recordedAt, Instant anchoredAt) {

    static final String FIRST_LINE = "tandem-journal-anchor 1";

    /** The anchor as a small text file: a first line naming the format, then {@code key=value} lines. */
    public String text() {
        return FIRST_LINE + "\n"
                + "entry=" + seq + "\n"
                + "hash=" + hash + "\n"
                + "recorded-at=" + recordedAt + "\n"
                + "anchored-at=" + anchoredAt + "\n";
    }

    /** Reads {@link #text()}; refuses anything else naming the line or key at fault. */
    public static JournalAnchor parse(String text) {
        String[] lines = text.strip().split("\\R");
        if (lines.length == 0 || !lines[0].strip().equals(FIRST_LINE)) {
            throw new InvalidInputException("anchor", "refusal.journal.notAnAnchor", FIRST_LINE);
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new InvalidInputException("anchor", "refusal.journal.anchorLine", String.valueOf(i + 1));
            }
            values.put(line.substring(0, eq), line.substring(eq + 1));
        }
        try {
            long seq = Long.parseLong(required(values, "entry"));
            String hash = required(values, "hash");
            if (seq < 0) {
                throw new InvalidInputException("anchor", "refusal.journal.anchorNegative");
            }
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new InvalidInputException("anchor", "refusal.journal.anchorHash");
            }
            return new JournalAnchor(seq, hash, Instant.parse(required(values, "recorded-at")),
                    Instant.parse(required(values, "anchored-at")));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("anchor", "refusal.journal.anchorEntry");
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("anchor", "refusal.journal.anchorTime", e.getParsedString());
        }
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("anchor", "refusal.journal.anchorMissing", key);
        }
        return value;
    }
}
