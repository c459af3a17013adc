package dev.tandem.identity;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import dev.tandem.common.RuleViolationException;

/**
 * Checks user name and password (for the sign-in form and HTTP Basic alike) only after the attempt has been counted
 * against the account, so that the lock-out holds when many attempts arrive at once (issue 8): with a limit of five,
 * forty wrong passwords sent together get five checks and thirty-five refusals unchecked, while twenty right ones
 * sent together all get in (those beyond the limit wait for the first to end). A refused attempt gets
 * the answer a wrong password gets, so that a lock tells an attacker nothing.
 * <p>
 * Counts attempts by outcome in the metric {@code tandem.sign-in.attempts} (signed-in, wrong-password,
 * refused-unchecked), for operators watching for attacks.
 */
@Component
class SignInGuard implements AuthenticationProvider {

    static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(100);

    private final DaoAuthenticationProvider passwordCheck;
    private final SignInAttempts attempts;
    private final MeterRegistry meters;

    SignInGuard(AccountDetailsService details, PasswordEncoder encoder, SignInAttempts attempts, MeterRegistry meters) {
        this.passwordCheck = new DaoAuthenticationProvider(details);
        this.passwordCheck.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.meters = meters;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        begin(username);
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            count("wrong-password");
            attempts.failed(username);
            throw wrong;
        } catch (RuntimeException other) {
            // disabled account, or the check itself failed: the attempt was neither right nor wrong
            try {
                attempts.abandoned(username);
            } catch (RuntimeException ignored) {
                // the database is away; the counted attempt expires with the lock duration
                other.addSuppressed(ignored);
            }
            throw other;
        }
        count("signed-in");
        attempts.succeeded(username);
        return result;
    }

    /**
     * Counts the attempt, or refuses it unchecked. While the limit is taken only by attempts still being checked
     * (several requests of one API client at once, say), it waits for them to end, up to {@link #PATIENCE}: a right
     * password among them frees the count, wrong ones lock the account and end the wait with a refusal.
     */
    private void begin(String username) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                attempts.begin(username);
                return;
            } catch (RuleViolationException refused) {
                if (!refused.key().equals("refusal.identity.attemptsExhausted") || System.nanoTime() > deadline) {
                    count("refused-unchecked");
                    throw new LockedException("locked");
                }
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockedException("interrupted");
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void count(String outcome) {
        meters.counter("tandem.sign-in.attempts", "outcome", outcome).increment();
    }
}
