/**
 * Backup and restore of the whole database as one portable file (ADR 0008): {@code ./tandem backup FILE} and
 * {@code ./tandem restore FILE}, between H2 and PostgreSQL alike; a restore checks the file's journal chain first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "journal"})
package dev.tandem.backup;
