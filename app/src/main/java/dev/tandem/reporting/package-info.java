/**
 * Reporting: the figures a forum is judged by (cases filed, decided and open, time to decision by route and by
 * charter, backlog and ageing, holds, exemption steps and approvals, screening workload), computed by SQL
 * aggregates over the other modules' tables, read only; a "what if" that rehearses triage under another charter; exports (CSV, JSON, PDF) and the public
 * transparency report (ADR 0019).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "identity", "forum", "casefile", "calendar", "session"})
package dev.tandem.reporting;
