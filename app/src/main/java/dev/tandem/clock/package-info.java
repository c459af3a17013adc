/**
 * Clocks that keep time: deadlines and reminders stored and fired by a persistent, cluster-safe scheduler, so a
 * deadline that passed while Tandem was down fires on restart, once, on one node. Modules ask for a deadline with
 * {@link dev.tandem.clock.DeadlineSet} and hear it with {@link dev.tandem.clock.DeadlineReached}; neither side
 * knows the other.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "journal", "identity", "calendar"})
package dev.tandem.clock;
