package dev.tandem.screening.core.list;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one UN {@code INDIVIDUAL} or {@code ENTITY} record into a {@link ListEntry}. The name is FIRST_NAME
 * to FOURTH_NAME joined in list order (for DPRK individuals the family name is in FIRST_NAME, so it stays
 * first: "RI YONG MU"). Aliases come from INDIVIDUAL_ALIAS / ENTITY_ALIAS ("Low" → weak, everything else,
 * including "Good", "a.k.a.", "f.k.a." and a missing grade, → strong; empty names skipped) and from
 * NAME_ORIGINAL_SCRIPT (strong). Dates of birth come from INDIVIDUAL_DATE_OF_BIRTH and from an alias's own
 * DATE_OF_BIRTH, in {@link BirthDates} form. IMO numbers are searched in all text of the record. Does not
 * carry addresses, documents, designations or places of birth (ListEntry has no place for them).
 */
final class UnEntryMapper {

    private static final List<String> NAME_PARTS = List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");

    private final Path file;

    UnEntryMapper(Path file) {
        this.file = file;
    }

    ListEntry map(XmlNode record) throws ListFormatException {
        boolean individual = record.name().equals("INDIVIDUAL");
        String reference = record.childText("REFERENCE_NUMBER");
        if (reference == null) throw ListFormatException.atLine(file, record.line(), "REFERENCE_NUMBER", "missing reference number");
        String name = name(record);
        if (name.isEmpty()) throw ListFormatException.atLine(file, record.line(), "FIRST_NAME", "no name for " + reference);
        String remarks = Text.clean(record.childText("COMMENTS1"));
        Set<String> imoNumbers = new LinkedHashSet<>();
        ImoNumbers.collect(record.allText(), imoNumbers);
        List<String> imo = List.copyOf(imoNumbers);
        EntryType type = individual ? EntryType.PERSON
                : VesselEvidence.isVessel(name, imo, remarks) ? EntryType.VESSEL : EntryType.ORGANISATION;
        String program = record.childText("UN_LIST_TYPE");
        return new ListEntry(reference, type, name,
                aliases(record, individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"),
                program == null ? List.of() : List.of(program),
                birthDates(record), values(record, "NATIONALITY"), imo, remarks);
    }

    private static String name(XmlNode record) {
        List<String> parts = new ArrayList<>();
        for (String part : NAME_PARTS) {
            String value = record.childText(part);
            if (value != null) parts.add(value);
        }
        return String.join(" ", parts);
    }

    private static List<Alias> aliases(XmlNode record, String aliasElement) {
        Set<Alias> aliases = new LinkedHashSet<>();
        for (XmlNode alias : record.children(aliasElement)) {
            String aliasName = alias.childText("ALIAS_NAME");
            if (aliasName == null) continue;
            aliases.add(new Alias(aliasName, quality(alias.childText("QUALITY"))));
        }
        String originalScript = record.childText("NAME_ORIGINAL_SCRIPT");
        if (originalScript != null) aliases.add(new Alias(originalScript, Alias.Quality.STRONG));
        return List.copyOf(aliases);
    }

    private static Alias.Quality quality(String written) {
        return written != null && written.toLowerCase(Locale.ROOT).equals("low") ? Alias.Quality.WEAK : Alias.Quality.STRONG;
    }

    private static List<String> birthDates(XmlNode record) {
        Set<String> dates = new LinkedHashSet<>();
        for (XmlNode dob : record.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            String date = BirthDates.fromParts(dob.childText("TYPE_OF_DATE"), dob.childText("DATE"),
                    dob.childText("YEAR"), dob.childText("FROM_YEAR"), dob.childText("TO_YEAR"));
            if (date != null) dates.add(date);
        }
        for (XmlNode alias : record.children("INDIVIDUAL_ALIAS")) {
            String date = alias.childText("DATE_OF_BIRTH");
            if (date != null) dates.add(date);
        }
        return List.copyOf(dates);
    }

    private static List<String> values(XmlNode record, String container) {
        Set<String> values = new LinkedHashSet<>();
        for (XmlNode holder : record.children(container)) {
            for (XmlNode value : holder.children("VALUE")) {
                String text = Text.cleanOrNull(value.text());
                if (text != null) values.add(text);
            }
        }
        return List.copyOf(values);
    }
}
