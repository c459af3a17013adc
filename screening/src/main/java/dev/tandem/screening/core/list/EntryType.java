package dev.tandem.screening.core.list;

/** What kind of subject a list entry (or a screened name) is. */
public enum EntryType {
    PERSON, ORGANISATION, VESSEL, AIRCRAFT;
}
