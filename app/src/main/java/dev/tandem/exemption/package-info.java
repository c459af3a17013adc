/**
 * UN 1718 Committee exemption requests made from a case: the request package (letter and Annex II list), its steps
 * through the Committee with the time spent in each, the validity window by the rule in force, shipments held to
 * what was approved, extensions, expiry, and a public verification for banks and suppliers.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "journal", "casefile", "identity", "forum", "clock", "decision"})
package dev.tandem.exemption;
