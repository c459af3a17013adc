package dev.tandem.screening.core.list;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns one FollowTheMoney entity ({@code {"id", "schema", "properties": {...}}}) into a {@link ListEntry},
 * or into nothing when its schema is not a listed subject (Address, Sanction, Ownership, Identification,
 * ...) or it has no name. The first {@code name} is the name; further names, {@code alias} and
 * {@code previousName} are strong aliases, {@code weakAlias} weak ones. Programs are {@code programId} and
 * {@code program}, or the {@code topics} when neither is given. A vessel's {@code flag} counts as its
 * nationality; IMO numbers are the 7-digit numbers in {@code imoNumber}, and those named as IMO numbers in the
 * {@code notes}, which are the remarks. Dates and country codes are kept as
 * written ({@code "kp"}). Leaves all other properties (addresses, identifiers, relations) alone.
 */
final class FollowTheMoneyMapper {

    private static final Map<String, EntryType> SUBJECT_SCHEMAS = Map.of(
            "Person", EntryType.PERSON,
            "Company", EntryType.ORGANISATION,
            "Organization", EntryType.ORGANISATION,
            "LegalEntity", EntryType.ORGANISATION,
            "PublicBody", EntryType.ORGANISATION,
            "Vessel", EntryType.VESSEL,
            "Airplane", EntryType.AIRCRAFT);
    private static final Pattern SEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{7}(?!\\d)");

    private final Path file;

    FollowTheMoneyMapper(Path file) {
        this.file = file;
    }

    Optional<ListEntry> map(JsonNode entity, long line) throws ListFormatException {
        if (!entity.isObject()) throw ListFormatException.atLine(file, line, null, "a line must hold one JSON object");
        String schema = text(entity, "schema", line);
        EntryType type = SUBJECT_SCHEMAS.get(schema);
        if (type == null) return Optional.empty();
        String id = text(entity, "id", line);
        JsonNode properties = entity.path("properties");
        List<String> names = values(properties, "name", line);
        if (names.isEmpty()) return Optional.empty();

        Set<Alias> aliases = new LinkedHashSet<>();
        for (String name : names.subList(1, names.size())) aliases.add(new Alias(name, Alias.Quality.STRONG));
        for (String name : values(properties, "alias", line)) aliases.add(new Alias(name, Alias.Quality.STRONG));
        for (String name : values(properties, "previousName", line)) aliases.add(new Alias(name, Alias.Quality.STRONG));
        for (String name : values(properties, "weakAlias", line)) aliases.add(new Alias(name, Alias.Quality.WEAK));
        aliases.removeIf(alias -> alias.name().equals(names.get(0)) && alias.quality() == Alias.Quality.STRONG);

        Set<String> programs = new LinkedHashSet<>(values(properties, "programId", line));
        programs.addAll(values(properties, "program", line));
        if (programs.isEmpty()) programs.addAll(values(properties, "topics", line));
        Set<String> nationalities = new LinkedHashSet<>(values(properties, "nationality", line));
        nationalities.addAll(values(properties, "citizenship", line));
        if (type == EntryType.VESSEL) nationalities.addAll(values(properties, "flag", line));
        Set<String> imoNumbers = new LinkedHashSet<>();
        for (String imo : values(properties, "imoNumber", line)) {
            Matcher digits = SEVEN_DIGITS.matcher(imo);
            while (digits.find()) imoNumbers.add(digits.group());
        }
        String remarks = String.join("; ", values(properties, "notes", line));
        ImoNumbers.collect(remarks, imoNumbers);
        return Optional.of(new ListEntry(id, type, names.get(0), List.copyOf(aliases), List.copyOf(programs),
                values(properties, "birthDate", line), List.copyOf(nationalities), List.copyOf(imoNumbers), remarks));
    }

    private String text(JsonNode entity, String key, long line) throws ListFormatException {
        JsonNode value = entity.get(key);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw ListFormatException.atLine(file, line, key, "missing or not a string");
        }
        return value.stringValue().strip();
    }

    private List<String> values(JsonNode properties, String key, long line) throws ListFormatException {
        JsonNode array = properties.get(key);
        if (array == null || array.isNull()) return List.of();
        if (!array.isArray()) throw ListFormatException.atLine(file, line, "properties." + key, "not an array");
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (!value.isString()) throw ListFormatException.atLine(file, line, "properties." + key, "holds a value that is not a string");
            String clean = Text.cleanOrNull(value.stringValue());
            if (clean != null && !values.contains(clean)) values.add(clean);
        }
        return values;
    }
}
