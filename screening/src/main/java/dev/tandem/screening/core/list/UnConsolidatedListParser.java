package dev.tandem.screening.core.list;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * Parses the UN Security Council Consolidated List ({@code consolidated.xml}, all regimes) into a
 * {@link ListVersion} of source {@link ListSource#UN}: individuals as persons, entities as organisations
 * (or vessels, see {@link VesselEvidence}), in file order, individuals first. {@code generatedAt} is the
 * root's {@code dateGenerated}; {@code sha256} is over the file's bytes. See {@link UnEntryMapper} for how a
 * record becomes an entry. Refuses DOCTYPEs, files that are not XML or whose root is not
 * {@code CONSOLIDATED_LIST}, truncated or malformed XML, duplicate reference numbers, an empty list, and
 * files above the size limit.
 */
public final class UnConsolidatedListParser implements ListParser {

    private static final String ROOT = "CONSOLIDATED_LIST";

    private final BoundedFileReader reader;

    public UnConsolidatedListParser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file accepted, in bytes */
    public UnConsolidatedListParser(long maxBytes) {
        this.reader = new BoundedFileReader(maxBytes);
    }

    @Override
    public ListVersion parse(Path file) throws ListFormatException {
        byte[] bytes = reader.read(file);
        var refusal = ContentSniffer.refusal(bytes, ContentSniffer.Kind.XML, "the UN consolidated list XML");
        if (refusal.isPresent()) throw ListFormatException.inFile(file, refusal.get());
        UnEntryMapper mapper = new UnEntryMapper(file);
        UniqueEntries entries = new UniqueEntries(file);
        Map<String, String> root = new SecureXmlRecords(file, ROOT, Set.of("INDIVIDUAL", "ENTITY"))
                .read(bytes, record -> entries.add(mapper.map(record), record.line()));
        return new ListVersion(ListSource.UN, generatedAt(file, root.get("dateGenerated")), Sha256.of(bytes), entries.toList());
    }

    private static Instant generatedAt(Path file, String written) throws ListFormatException {
        if (written == null || written.isBlank()) return null;
        try {
            return Instant.parse(written.strip());
        } catch (DateTimeParseException e) {
            throw new ListFormatException(file, 0, 0, "dateGenerated", "not an ISO instant: '" + written + "'", e);
        }
    }
}
