/**
 * Cases: cooperation projects or requests with their items, counterparties, documents and status, the
 * applicant's side of filing, and triage into clearances by the rules and the forum's charter.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "journal", "forum", "screening", "rules", "identity", "calendar", "notes",
                "decision"})
package dev.tandem.casefile;
