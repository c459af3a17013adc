package dev.tandem.identity;

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
 * forty wrong passwords sent together get five checks and thirty-five refusals unchecked. A refused attempt gets
 * the answer a wrong password gets, so that a lock tells an attacker nothing.
 * <p>
 * Counts attempts by outcome in the metric {@code tandem.sign-in.attempts} (signed-in, wrong-password,
 * refused-unchecked), for operators watching for attacks.
 */
@Component
class SignInGuard implements AuthenticationProvider {

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
        try {
            attempts.begin(username);
        } catch (RuleViolationException refused) {
            count("refused-unchecked");
            throw new LockedException("locked");
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            count("wrong-password");
            attempts.failed(username);
            throw wrong;
        }
        count("signed-in");
        attempts.succeeded(username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void count(String outcome) {
        meters.counter("tandem.sign-in.attempts", "outcome", outcome).increment();
    }
}
