/**
 * The append-only, hash-chained record of every change in Tandem: who, when, what (before and after) and why.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package dev.tandem.journal;
