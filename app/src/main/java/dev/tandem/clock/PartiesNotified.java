package dev.tandem.clock;

import java.util.Set;

/**
 * Published by a module that must tell parties something now (a partner notice, a procedure circulated, a statement
 * to sign): their members find it among their notices in the app and, when e-mail is configured, in their mailbox.
 *
 * @param parties party codes whose members are told
 * @param title   what it is about (never an internal note: notices leave the party that wrote them)
 * @param link    the page to open, relative to Tandem's address
 */
public record PartiesNotified(Set<String> parties, String title, String link) {
}
