package dev.tandem.screening;

import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.match.NameQuery;

/**
 * A name Tandem keeps screening, e.g. a counterparty of a case, known to its owner by {@code ref}
 * ("case:12/counterparty:3").
 */
record Subject(long id, String ref, String name, EntryType type, String birthDate, String nationality) {

    NameQuery query() {
        return new NameQuery(name, type, birthDate, nationality);
    }
}
