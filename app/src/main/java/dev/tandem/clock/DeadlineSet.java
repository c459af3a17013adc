package dev.tandem.clock;

import java.time.Instant;
import java.util.Set;

/**
 * Published (inside the transaction that sets it) by a module that wants to hear when a moment comes. Setting the
 * same {@code kind} and {@code key} again moves the deadline; reminders go to the named parties' members a
 * configured number of working days before, in the app and by e-mail.
 *
 * @param kind          what the deadline ends, e.g. {@code partner-notice}, {@code no-objection}
 * @param key           which one, unique within the kind (e.g. a procedure id)
 * @param dueAt         when it ends
 * @param title         what a reminder says it is about (no internal notes: reminders leave the party)
 * @param link          the page a reminder points to, relative to Tandem's address
 * @param remindParties party codes whose members are reminded; empty for no reminder
 */
public record DeadlineSet(String kind, String key, Instant dueAt, String title, String link, Set<String> remindParties) {
}
