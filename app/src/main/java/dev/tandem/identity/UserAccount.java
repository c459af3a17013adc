package dev.tandem.identity;

import java.time.Instant;

/**
 * A person who signs in to Tandem, with the sign-in state that lock-out needs.
 *
 * @param lockedUntil while in the future, sign-in is refused even with the right password
 */
public record UserAccount(
        Long id,
        String username,
        String displayName,
        Role role,
        String partyCode,
        String organisation,
        String passwordHash,
        int failedSignIns,
        Instant lockedUntil,
        boolean enabled,
        int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What others may see of an account: never the password hash. */
    public UserView view(Instant now) {
        return new UserView(username, displayName, role, partyCode, organisation, lockedAt(now), enabled);
    }
}
