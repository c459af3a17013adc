package dev.tandem.identity;

import java.time.Duration;
import java.time.Instant;

import dev.tandem.common.RuleViolationException;

/**
 * A person who signs in to Tandem, with the sign-in state that lock-out needs. Its state changes only through the
 * methods below, each of which checks the current state and refuses with a reason; each returns the account as it
 * is afterwards, which {@link UserAccounts#save} stores if nobody changed it meanwhile.
 *
 * @param failedSignIns sign-in attempts counted since the last success or lock, including those still being checked
 * @param lockedUntil   while in the future, sign-in is refused even with the right password
 * @param lastAttemptAt when the last sign-in attempt began
 * @param email         where notices are mailed; may be null (then the app alone shows them)
 */
public record UserAccount(
        Long id,
        String username,
        String displayName,
        Role role,
        String partyCode,
        String organisation,
        String email,
        String passwordHash,
        int failedSignIns,
        Instant lockedUntil,
        Instant lastAttemptAt,
        boolean enabled,
        int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a sign-in attempt <em>before</em> its password is checked, so that attempts arriving together cannot
     * all be checked: once {@code limit} attempts are counted, further ones are refused unchecked until one succeeds
     * or the lock they lead to runs out. An expired lock is over.
     */
    UserAccount beginSignIn(Instant now, int limit, Duration staleAfter) {
        if (lockedAt(now)) {
            throw new RuleViolationException("username", "refusal.identity.locked", username, lockedUntil.toString());
        }
        int counted = failedSignIns;
        if (counted >= limit) {
            // attempts whose requests never ended (a crash, a database outage) must not bar the door for good
            if (lastAttemptAt == null || !lastAttemptAt.plus(staleAfter).isBefore(now)) {
                throw new RuleViolationException("username", "refusal.identity.attemptsExhausted", username);
            }
            counted = 0;
        }
        return new UserAccount(id, username, displayName, role, partyCode, organisation, email, passwordHash, counted + 1,
                null, now, enabled, version);
    }

    /** An attempt that ended neither right nor wrong (the check itself failed): it no longer counts. */
    UserAccount abandonSignIn() {
        return failedSignIns == 0 ? this : with(failedSignIns - 1, lockedUntil, enabled);
    }

    /** The right password: the attempts counted so far are forgotten. */
    UserAccount signedIn() {
        return with(0, null, enabled);
    }

    /**
     * A wrong password (its attempt was counted by {@link #beginSignIn}): locks the account once the counted attempts
     * reach the limit. Unchanged when they do not, or when a parallel attempt locked it already.
     */
    UserAccount failedSignIn(Instant now, int limit, Duration lockFor) {
        if (lockedAt(now) || failedSignIns < limit) {
            return this;
        }
        return with(0, now.plus(lockFor), enabled);
    }

    /** Lifts a lock before it runs out; refused when the account is not locked. */
    UserAccount unlock(Instant now) {
        if (!lockedAt(now)) {
            throw new RuleViolationException("username", "refusal.identity.notLocked", username);
        }
        return with(0, null, enabled);
    }

    UserAccount enable() {
        if (enabled) {
            throw new RuleViolationException("enabled", "refusal.identity.alreadyEnabled", username);
        }
        return with(failedSignIns, lockedUntil, true);
    }

    UserAccount disable() {
        if (!enabled) {
            throw new RuleViolationException("enabled", "refusal.identity.alreadyDisabled", username);
        }
        return with(failedSignIns, lockedUntil, false);
    }

    /** A new password also lifts any lock: its owner got it from an administrator who checked who they are. */
    UserAccount withPassword(String newHash) {
        return new UserAccount(id, username, displayName, role, partyCode, organisation, email, newHash, 0, null,
                lastAttemptAt, enabled, version);
    }

    /** What others may see of an account: never the password hash. */
    public UserView view(Instant now) {
        return new UserView(username, displayName, role, partyCode, organisation, email, lockedAt(now), enabled);
    }

    private UserAccount with(int failed, Instant locked, boolean isEnabled) {
        return new UserAccount(id, username, displayName, role, partyCode, organisation, email, passwordHash, failed, locked,
                lastAttemptAt, isEnabled, version);
    }
}
