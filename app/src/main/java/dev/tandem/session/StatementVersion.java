package dev.tandem.session;

import java.time.Instant;

/** One version of a joint statement: the English and the Korean text, both authentic. */
public record StatementVersion(int number, String textEn, String textKo, String draftedBy, Instant draftedAt) {
}
