package dev.tandem.identity;

/**
 * What a user does in Tandem. Every role but {@link #APPLICANT} belongs to a party.
 */
public enum Role {
    /** Files cases and sees only its own. */
    APPLICANT,
    /** Reviews cases of a party's delegation, writes internal notes. */
    MEMBER,
    /** Concurs, objects or holds for a party; signs off joint statements. */
    CO_CHAIR,
    /** Runs sessions, timelines and exemption packages. */
    SECRETARIAT,
    /** Reads what it is cleared for and verifies the journal; changes nothing. */
    AUDITOR,
    /** Users, parties, lists and charters. */
    ADMINISTRATOR;

    public boolean belongsToParty() {
        return this != APPLICANT;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
