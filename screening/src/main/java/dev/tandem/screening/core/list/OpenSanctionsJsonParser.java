package dev.tandem.screening.core.list;

import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses OpenSanctions FollowTheMoney entities, one JSON object per line (UTF-8), into a {@link ListVersion}
 * of source {@link ListSource#OPENSANCTIONS}. Subjects (Person, Company, Organization, LegalEntity,
 * PublicBody, Vessel, Airplane) become entries with their FtM id as reference, in file order; other schemas
 * and unnamed entities are skipped (see {@link FollowTheMoneyMapper}). Refuses a line that is not one JSON
 * object (with its line and column), duplicate keys and ids, an empty result, non-JSON files and files above
 * the size limit. The files carry no publication date, so {@code generatedAt} is null.
 */
public final class OpenSanctionsJsonParser implements ListParser {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final BoundedFileReader reader;

    public OpenSanctionsJsonParser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file accepted, in bytes */
    public OpenSanctionsJsonParser(long maxBytes) {
        this.reader = new BoundedFileReader(maxBytes);
    }

    @Override
    public ListVersion parse(Path file) throws ListFormatException {
        byte[] bytes = reader.read(file);
        var refusal = ContentSniffer.refusal(bytes, ContentSniffer.Kind.JSON, "FollowTheMoney JSON lines");
        if (refusal.isPresent()) throw ListFormatException.inFile(file, refusal.get());
        FollowTheMoneyMapper mapper = new FollowTheMoneyMapper(file);
        UniqueEntries entries = new UniqueEntries(file);
        JsonLines.forEach(file, bytes, (line, number) -> {
            Optional<ListEntry> entry = mapper.map(json(file, line, number), number);
            if (entry.isPresent()) entries.add(entry.get(), number);
        });
        return new ListVersion(ListSource.OPENSANCTIONS, null, Sha256.of(bytes), entries.toList());
    }

    private static JsonNode json(Path file, String line, long number) throws ListFormatException {
        try {
            return MAPPER.readTree(line);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            long column = at == null ? 0 : at.getColumnNr();
            throw new ListFormatException(file, number, column, null, "invalid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
