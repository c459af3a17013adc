package dev.tandem.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * The sign-in state of accounts around a password check: each step reads the account with its row locked, asks the
 * account ({@link UserAccount#beginSignIn}, {@link UserAccount#signedIn}, {@link UserAccount#failedSignIn}) and
 * stores the answer, in a short transaction of its own (never around the slow password check). A lock goes on the
 * journal; single failures only count.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final UserAccounts accounts;
    private final IdentityProperties properties;
    private final Journal journal;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignInAttempts(UserAccounts accounts, IdentityProperties properties, Journal journal,
                   TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.journal = journal;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Counts an attempt before its password is checked; refuses (a {@code RuleViolationException}) while the
     * account is locked or the attempts counted already reach the limit. Unknown users pass: the password check
     * answers them as it answers a wrong password.
     */
    void begin(String username) {
        transaction.executeWithoutResult(status -> accounts.byUsernameForUpdate(username)
                .ifPresent(account -> accounts.save(account.beginSignIn(clock.instant(),
                        properties.maxFailedSignIns()))));
    }

    void succeeded(String username) {
        transaction.executeWithoutResult(status -> accounts.byUsernameForUpdate(username)
                .ifPresent(account -> accounts.save(account.signedIn())));
    }

    void failed(String username) {
        transaction.executeWithoutResult(status -> accounts.byUsernameForUpdate(username).ifPresent(account -> {
            Instant now = clock.instant();
            UserAccount after = account.failedSignIn(now, properties.maxFailedSignIns(), properties.lockDuration());
            if (after == account) {
                return;
            }
            accounts.save(after);
            log.warn("Account {} locked until {} after {} failed sign-ins", username, after.lockedUntil(),
                    account.failedSignIns());
            journal.record(Change.of("identity.account-locked", "user", username)
                    .from(account.view(now)).to(Map.of("lockedUntil", after.lockedUntil().toString()))
                    .because(account.failedSignIns() + " failed sign-ins in a row"));
        }));
    }
}
