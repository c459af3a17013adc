package dev.tandem.screening.core.list;

import java.util.List;
import java.util.Objects;

/**
 * One designated subject of one list version, as the list states it. Immutable.
 *
 * @param reference     the publisher's identifier (UN "KPi.033", OFAC ent_num "12345", OpenSanctions id)
 * @param type          person, organisation, vessel or aircraft
 * @param name          the primary name in the list's own order (UN DPRK individuals: family name first)
 * @param aliases       other names, each with the publisher's quality grade
 * @param programs      regimes or programme tags ("DPRK", "DPRK3", "NPWMD")
 * @param birthDates    dates of birth: ISO where the list gives a full date ("1962-03-05"), a month
 *                      ("1962-03"), a year alone ("1962"), a range ("1960 to 1962"), an approximation
 *                      ("circa 1962"); anything else as the list writes it
 * @param nationalities nationalities or countries, as the list writes them
 * @param imoNumbers    IMO numbers (7 digits) of vessels, as far as the list states them; on an
 *                      organisation, its IMO company number (the UN and OFAC give these for shipping companies)
 * @param remarks       free text of the publisher, may be empty
 */
public record ListEntry(
        String reference,
        EntryType type,
        String name,
        List<Alias> aliases,
        List<String> programs,
        List<String> birthDates,
        List<String> nationalities,
        List<String> imoNumbers,
        String remarks) {

    public ListEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (reference.isBlank()) throw new IllegalArgumentException("reference is blank");
        if (name.isBlank()) throw new IllegalArgumentException("name is blank for " + reference);
        aliases = List.copyOf(aliases);
        programs = List.copyOf(programs);
        birthDates = List.copyOf(birthDates);
        nationalities = List.copyOf(nationalities);
        imoNumbers = List.copyOf(imoNumbers);
        remarks = remarks == null ? "" : remarks;
    }

    /**
     * Hex SHA-256 over the reference and a canonical rendering of every content field ({@link EntryField}):
     * equal for entries with the same content, whatever the order of their aliases, programmes, dates,
     * nationalities or IMO numbers; different as soon as any value differs. Lets the application tell, with
     * one stored string, that a listed subject changed between list versions.
     */
    public String fingerprint() {
        Sha256 digest = new Sha256().add(reference.length() + ":" + reference + ";");
        for (EntryField field : EntryField.values()) digest.add(field.name() + "=" + field.canonical(this) + "\n");
        return digest.hex();
    }
}
