/**
 * What holds the application together: the clock, the web shell (layout, language, errors, request limits),
 * the home page and the command line.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "forum", "journal", "casefile", "decision"})
package dev.tandem.system;
