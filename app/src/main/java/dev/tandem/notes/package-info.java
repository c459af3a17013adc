/**
 * Party-internal notes on a case, agenda item, review or statement draft: written by a party's officials and seen
 * only by that party's users, never by the other party or an applicant (ADR 0013).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "journal", "identity", "calendar"})
package dev.tandem.notes;
