/**
 * Parties (governments) and the forums between them: their status timelines, co-chairs and successors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "journal"})
package dev.tandem.forum;
