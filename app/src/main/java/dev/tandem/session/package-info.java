/**
 * Sessions of a forum (schedule, attendance, agenda on tracks and cases, outcomes, minutes with revisions, calendar
 * export), each party's readout, joint statements signed by every party, and the tracks side by side.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "journal", "forum", "identity", "casefile", "decision", "notes"})
package dev.tandem.session;
