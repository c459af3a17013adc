/**
 * Deciding together: each clearance a case needs has its life here (a partner notice with its objection window, a
 * review in the forum's queue decided at a session or by written no-objection procedure, a UN exemption shown
 * pending), with the positions each party takes, its members' proposals, delegations, holds and the outcomes.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "journal", "forum", "identity", "clock", "calendar", "notes"})
package dev.tandem.decision;
