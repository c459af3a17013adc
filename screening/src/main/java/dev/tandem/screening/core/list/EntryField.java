package dev.tandem.screening.core.list;

import java.util.ArrayList;
import java.util.List;

/**
 * The content fields of a {@link ListEntry} (everything but the reference), each with a canonical rendering
 * used for {@link ListEntry#fingerprint()} and by {@link ListDiff} to say which fields changed. Multi-valued
 * fields are compared as sets: a list that only reorders aliases or programmes has not changed them.
 * Values are compared exactly as the parsers cleaned them; case and spelling differences count.
 */
public enum EntryField {
    TYPE, NAME, ALIASES, PROGRAMS, BIRTH_DATES, NATIONALITIES, IMO_NUMBERS, REMARKS;

    /** This field of {@code entry} as an unambiguous string: values sorted, each length-prefixed. */
    String canonical(ListEntry entry) {
        return switch (this) {
            case TYPE -> entry.type().name();
            case NAME -> framed(List.of(entry.name()));
            case ALIASES -> framed(aliases(entry.aliases()));
            case PROGRAMS -> framed(entry.programs());
            case BIRTH_DATES -> framed(entry.birthDates());
            case NATIONALITIES -> framed(entry.nationalities());
            case IMO_NUMBERS -> framed(entry.imoNumbers());
            case REMARKS -> framed(List.of(entry.remarks()));
        };
    }

    private static List<String> aliases(List<Alias> aliases) {
        List<String> rendered = new ArrayList<>(aliases.size());
        for (Alias alias : aliases) rendered.add(alias.quality() + ":" + alias.name());
        return rendered;
    }

    private static String framed(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        StringBuilder framed = new StringBuilder();
        for (String value : sorted) framed.append(value.length()).append(':').append(value).append(';');
        return framed.toString();
    }
}
