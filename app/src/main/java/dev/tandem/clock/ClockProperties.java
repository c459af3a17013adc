package dev.tandem.clock;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the clocks run (application.properties, {@code tandem.clock.*}).
 *
 * @param enabled            whether this node runs the scheduler; a node that does not still stores deadlines, and
 *                           any node that does fires them (the command line never runs it)
 * @param pollingInterval    how often the scheduler looks for due executions: a deadline fires at most this late
 * @param heartbeatInterval  how often a node marks its running executions alive; after four missed beats another
 *                           node takes over an execution whose node died
 * @param threads            executions run at once on this node
 * @param remindWorkingDays  working days (of the parties reminded) before a deadline that its reminder comes
 * @param reminderZone       the zone in which a deadline's days are counted for its reminder: the westernmost of
 *                           the parties', so that a deadline at midnight there ends the same day for everyone
 * @param mailRetry          wait before the first new attempt at an e-mail that failed; doubles each time
 * @param mailAttempts       attempts at one e-mail before it is given up (the notice stays in the app)
 * @param mailFrom           the sender of notice e-mails
 * @param baseUrl            Tandem's address as users reach it: links in e-mails start with it
 */
@ConfigurationProperties("tandem.clock")
record ClockProperties(boolean enabled, Duration pollingInterval, Duration heartbeatInterval, int threads,
                       int remindWorkingDays, java.time.ZoneId reminderZone, Duration mailRetry, int mailAttempts, String mailFrom, String baseUrl) {

    ClockProperties {
        if (pollingInterval == null || pollingInterval.isNegative() || pollingInterval.isZero()) {
            throw new IllegalArgumentException("tandem.clock.polling-interval must be positive");
        }
        if (heartbeatInterval == null || heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("tandem.clock.heartbeat-interval must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("tandem.clock.threads must be at least 1");
        }
        if (remindWorkingDays < 0) {
            throw new IllegalArgumentException("tandem.clock.remind-working-days must not be negative");
        }
        if (reminderZone == null) {
            throw new IllegalArgumentException("tandem.clock.reminder-zone must be a time zone, e.g. America/New_York");
        }
        if (mailRetry == null || mailRetry.isNegative() || mailRetry.isZero()) {
            throw new IllegalArgumentException("tandem.clock.mail-retry must be positive");
        }
        if (mailAttempts < 1) {
            throw new IllegalArgumentException("tandem.clock.mail-attempts must be at least 1");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }
}
