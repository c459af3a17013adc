package dev.tandem.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as triage left it: the clearances it needs, each to be given its life here.
 *
 * @param forumCode      the forum that reviews the case
 * @param charterForum   the forum whose charter judged the case (a handed-over case keeps its predecessor's)
 * @param charterVersion that charter's version
 * @param on             the day of the triage, when clocks start
 */
public record TriagedCase(String caseRef, String title, String forumCode, String charterForum, int charterVersion,
                          LocalDate on, List<ClearanceToDecide> clearances) {

    /** One clearance: its position among the case's clearances (from 0) and its authority. */
    public record ClearanceToDecide(int position, String authority) {
    }
}
