/**
 * Screening in the application: imported list versions, the live screening index, the names Tandem keeps
 * screening (counterparties), their hits and the dispositions people give them. The matching itself is the
 * screening library's ({@code dev.tandem.screening.core}), which only this module uses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "journal", "identity"})
package dev.tandem.screening;
