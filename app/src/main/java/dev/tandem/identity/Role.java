package dev.tandem.identity;

import java.util.Optional;

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

    private static final String PREFIX = "ROLE_";

    public boolean belongsToParty() {
        return this != APPLICANT;
    }

    /**
     * Whether a user in this role speaks for its party, and so is told what the party must act on (notices,
     * reminders): members and co-chairs; not the secretariat, auditors or administrators.
     */
    public boolean actsForParty() {
        return this == MEMBER || this == CO_CHAIR;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return PREFIX + name();
    }

    /** The role of a Spring Security authority ({@code ROLE_MEMBER}); empty for other authorities. */
    public static Optional<Role> ofAuthority(String authority) {
        if (authority == null || !authority.startsWith(PREFIX)) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equals(authority.substring(PREFIX.length()))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
