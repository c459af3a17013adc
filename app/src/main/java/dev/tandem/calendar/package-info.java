/**
 * Working days: weekends and each party's public holidays (as data an administrator can extend), so that every
 * clock in Tandem counts the days the parties who must answer actually work.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "journal", "identity", "forum"})
package dev.tandem.calendar;
