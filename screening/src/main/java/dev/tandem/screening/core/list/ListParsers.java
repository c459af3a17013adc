package dev.tandem.screening.core.list;

import java.util.Objects;

/** Picks the parser for a list source. Each call returns a new, stateless parser. */
public final class ListParsers {

    private ListParsers() {
    }

    /** The parser for {@code source}, with the default size limit ({@link ListParser#DEFAULT_MAX_BYTES}). */
    public static ListParser forSource(ListSource source) {
        return forSource(source, ListParser.DEFAULT_MAX_BYTES);
    }

    /** The parser for {@code source}, refusing input larger than {@code maxBytes}. */
    public static ListParser forSource(ListSource source, long maxBytes) {
        return switch (Objects.requireNonNull(source, "source")) {
            case UN -> new UnConsolidatedListParser(maxBytes);
            case OFAC -> new OfacSdnCsvParser(maxBytes);
            case OPENSANCTIONS -> new OpenSanctionsJsonParser(maxBytes);
        };
    }
}
