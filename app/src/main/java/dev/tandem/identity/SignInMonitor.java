package dev.tandem.identity;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * Counts failed sign-ins and locks an account after too many in a row; a successful sign-in resets the count.
 * A lock is a change of state and goes on the journal; single failures only count.
 */
@Component
class SignInMonitor {

    private static final Logger log = LoggerFactory.getLogger(SignInMonitor.class);

    private final UserAccounts accounts;
    private final IdentityProperties properties;
    private final Journal journal;
    private final Clock clock;

    SignInMonitor(UserAccounts accounts, IdentityProperties properties, Journal journal, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.journal = journal;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null || accounts.byUsername(username).isEmpty()) {
            return;
        }
        int failures = accounts.countFailure(username);
        if (failures >= properties.maxFailedSignIns()) {
            Instant until = clock.instant().plus(properties.lockDuration());
            accounts.lock(username, until);
            log.warn("Account {} locked until {} after {} failed sign-ins", username, until, failures);
            journal.record(Change.of("identity.account-locked", "user", username)
                    .to(java.util.Map.of("lockedUntil", until.toString()))
                    .because(failures + " failed sign-ins in a row"));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.clearFailures(event.getAuthentication().getName());
    }
}
