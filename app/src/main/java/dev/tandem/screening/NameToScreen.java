package dev.tandem.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;
import dev.tandem.common.Texts;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.match.NameQuery;

/**
 * A name to screen, as callers give it.
 *
 * @param id          the caller's own identifier of the name (a row of their file), may be null
 * @param name        the name in any script and order
 * @param type        person, organisation, vessel or aircraft; null screens against every kind
 * @param birthDate   "1962", "1962-03" or "1962-03-05", may be null
 * @param nationality country code or name, may be null
 */
public record NameToScreen(@Size(max = ScreeningLimits.ID) @CleanText String id,
                           @NotBlank @Size(max = ScreeningLimits.NAME) @CleanText String name,
                           EntryType type,
                           @Size(max = ScreeningLimits.BIRTH_DATE) @CleanText String birthDate,
                           @Size(max = ScreeningLimits.NATIONALITY) @CleanText String nationality) {

    public static NameToScreen of(String name, EntryType type) {
        return new NameToScreen(null, name, type, null, null);
    }

    /** A name of a kind given by its name: PERSON, ORGANISATION, VESSEL or AIRCRAFT. */
    public static NameToScreen of(String name, String kind) {
        try {
            return of(name, EntryType.valueOf(kind));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new dev.tandem.common.InvalidInputException("kind", "refusal.screening.kind");
        }
    }

    NameQuery query() {
        return new NameQuery(name.strip(), type, Texts.strippedOrNull(birthDate), Texts.strippedOrNull(nationality));
    }

}
