package dev.tandem.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tandem.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private static UserAccount account(int failed, Instant lockedUntil, boolean enabled) {
        return new UserAccount(1L, "kim", "Kim", Role.MEMBER, "ROK", null, null, "{noop}x", failed, lockedUntil, NOW.minusSeconds(10),
                enabled, 3);
    }

    @Test
    void countsAnAttemptBeforeItsPasswordIsChecked() {
        assertThat(account(0, null, true).beginSignIn(NOW, 5, LOCK).failedSignIns()).isEqualTo(1);
    }

    @Test
    void refusesAnAttemptOnceTheLimitIsCountedEvenBeforeAnyLock() {
        assertThatThrownBy(() -> account(5, null, true).beginSignIn(NOW, 5, LOCK))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).key()).isEqualTo("refusal.identity.attemptsExhausted");
    }

    @Test
    void refusesAnAttemptWhileLockedAndAllowsOneAfterTheLockRunsOut() {
        UserAccount locked = account(0, NOW.plusSeconds(60), true);
        assertThatThrownBy(() -> locked.beginSignIn(NOW, 5, LOCK)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).key()).isEqualTo("refusal.identity.locked");
        UserAccount later = locked.beginSignIn(NOW.plusSeconds(61), 5, LOCK);
        assertThat(later.lockedUntil()).isNull();
        assertThat(later.failedSignIns()).isEqualTo(1);
    }

    @Test
    void locksOnceTheCountedFailuresReachTheLimit() {
        assertThat(account(4, null, true).failedSignIn(NOW, 5, LOCK).lockedUntil()).isNull();
        UserAccount locked = account(5, null, true).failedSignIn(NOW, 5, LOCK);
        assertThat(locked.lockedUntil()).isEqualTo(NOW.plus(LOCK));
        assertThat(locked.failedSignIns()).isZero();
        assertThat(locked.failedSignIn(NOW, 5, LOCK)).as("a parallel failure after the lock").isSameAs(locked);
    }

    @Test
    void forgetsCountedAttemptsOnSuccess() {
        assertThat(account(3, null, true).signedIn().failedSignIns()).isZero();
    }

    @Test
    void refusesToUnlockAnAccountThatIsNotLocked() {
        assertThatThrownBy(() -> account(2, null, true).unlock(NOW))
                .extracting(e -> ((RuleViolationException) e).key()).isEqualTo("refusal.identity.notLocked");
        assertThatThrownBy(() -> account(0, NOW.minusSeconds(1), true).unlock(NOW))
                .as("a lock that ran out").isInstanceOf(RuleViolationException.class);
        UserAccount unlocked = account(0, NOW.plusSeconds(60), true).unlock(NOW);
        assertThat(unlocked.lockedAt(NOW)).isFalse();
    }

    @Test
    void refusesToEnableAnEnabledAccountOrDisableADisabledOne() {
        assertThatThrownBy(() -> account(0, null, true).enable())
                .extracting(e -> ((RuleViolationException) e).key()).isEqualTo("refusal.identity.alreadyEnabled");
        assertThatThrownBy(() -> account(0, null, false).disable())
                .extracting(e -> ((RuleViolationException) e).key()).isEqualTo("refusal.identity.alreadyDisabled");
        assertThat(account(0, null, true).disable().enabled()).isFalse();
        assertThat(account(0, null, false).enable().enabled()).isTrue();
    }

    @Test
    void liftsTheLockWithANewPassword() {
        UserAccount reset = account(0, NOW.plusSeconds(60), true).withPassword("{noop}new");
        assertThat(reset.lockedAt(NOW)).isFalse();
        assertThat(reset.passwordHash()).isEqualTo("{noop}new");
    }

    @Test
    void forgetsCountedAttemptsWhoseRequestsNeverEnded() {
        UserAccount stuck = account(5, null, true);
        // the last attempt began 10 seconds before NOW
        assertThatThrownBy(() -> stuck.beginSignIn(NOW, 5, LOCK)).isInstanceOf(RuleViolationException.class);
        UserAccount later = stuck.beginSignIn(NOW.plus(LOCK), 5, LOCK);
        assertThat(later.failedSignIns()).isEqualTo(1);
        assertThat(later.lastAttemptAt()).isEqualTo(NOW.plus(LOCK));
    }

    @Test
    void stopsCountingAnAttemptThatEndedNeitherRightNorWrong() {
        assertThat(account(3, null, true).abandonSignIn().failedSignIns()).isEqualTo(2);
        assertThat(account(0, null, true).abandonSignIn().failedSignIns()).isZero();
    }
}
