package dev.tandem.identity;

/**
 * A user who speaks for a party and is told what it must act on.
 *
 * @param email null when the user has none: notices then reach them in the app alone
 */
public record PartyMember(String username, String party, String email) {
}
