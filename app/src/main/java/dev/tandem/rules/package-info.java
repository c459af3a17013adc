/**
 * HS item rules of the UN sanctions on the DPRK as versioned data, the annual caps on petroleum with their ledger,
 * and the triage that turns rule findings and screening hits into the clearances a case needs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package dev.tandem.rules;
