package dev.tandem.forum;

import java.time.LocalDate;

/**
 * One version of a forum's rules, in force from {@code effectiveFrom} until the next version. A case is judged by
 * the version in force on the day it was filed, unless a person re-triages it.
 *
 * @param version                version number within the forum, from 1
 * @param name                   e.g. "Working Group 2.0 rules"
 * @param nameKo                 the same in Korean
 * @param decisionRule           how decisions are made
 * @param noObjectionWorkingDays the no-objection period, in working days
 * @param holdsAllowed           whether a party may place a hold
 * @param caseRouting            which cases must come to the forum
 * @param objectionWindowDays    under selective routing: working days the partner has to object to a notice
 * @param forumReviewDays        service-level target for a joint review, in working days
 */
public record Charter(int version, String name, String nameKo, LocalDate effectiveFrom, DecisionRule decisionRule,
                      int noObjectionWorkingDays, boolean holdsAllowed, CaseRouting caseRouting,
                      int objectionWindowDays, int forumReviewDays, String note) {
}
