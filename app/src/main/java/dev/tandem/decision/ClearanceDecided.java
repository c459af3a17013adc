package dev.tandem.decision;

/**
 * Published inside the transaction that decides one clearance of a case; the case module stores the clearance's
 * status and moves the case on when all its clearances are decided.
 *
 * @param caseRef           the case
 * @param clearancePosition the clearance's position among the case's clearances, from 0
 * @param authority         PARTNER_NOTICE, FORUM_REVIEW or UN_1718_EXEMPTION
 * @param outcome           an {@link Outcome} name
 * @param reason            why, for the case's history
 */
public record ClearanceDecided(String caseRef, int clearancePosition, String authority, String outcome,
                               String reason) {
}
