package dev.tandem.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection settings.
 *
 * @param maxFailedSignIns failed sign-ins in a row after which an account is locked
 * @param lockDuration     how long a locked account stays locked
 */
@ConfigurationProperties("tandem.identity")
record IdentityProperties(int maxFailedSignIns, Duration lockDuration) {

    IdentityProperties {
        if (maxFailedSignIns < 1) {
            throw new IllegalArgumentException("tandem.identity.max-failed-sign-ins must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("tandem.identity.lock-duration must be positive");
        }
    }
}
