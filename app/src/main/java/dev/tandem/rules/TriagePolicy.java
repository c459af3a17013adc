package dev.tandem.rules;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;

/**
 * The part of a forum's charter that decides which cases go to the forum and which a party may pursue alone.
 *
 * <ul>
 * <li>{@link Mode#JOINT_REVIEW_OF_ALL_CASES}: every case goes to the forum (the first charter of the ROK-US
 * working group, 2018).</li>
 * <li>{@link Mode#SELECTIVE}: a party may proceed alone after notifying the partner, who may object within
 * {@code objectionWindowWorkingDays}, unless a ban, an exceeded cap, a catch-all review or an unresolved screening
 * hit sends the case to the forum ("Working Group 2.0", 2020). A cap that is only counted is reported, not
 * escalated.</li>
 * </ul>
 * Under both, a banned item or an exceeded cap also needs a 1718 Committee exemption.
 *
 * @param charterEn the charter's name as the reasons cite it ("the Working Group 2.0 charter (2020)")
 * @param charterKo the same in Korean
 */
public record TriagePolicy(Mode mode, String charterEn, String charterKo, int objectionWindowWorkingDays,
        int forumReviewWorkingDays, int unExemptionTargetWorkingDays) {

    public enum Mode {
        JOINT_REVIEW_OF_ALL_CASES,
        SELECTIVE
    }

    public TriagePolicy {
        if (mode == null) {
            throw new InvalidInputException("mode", "refusal.enum", Refusals.allowed(Mode.class));
        }
        if (charterEn == null || charterEn.isBlank() || charterKo == null || charterKo.isBlank()) {
            throw new InvalidInputException("charter", "refusal.rules.charterNames");
        }
        if (mode == Mode.SELECTIVE && objectionWindowWorkingDays < 1) {
            throw new InvalidInputException("objectionWindowWorkingDays", "refusal.rules.objectionWindow");
        }
        if (objectionWindowWorkingDays < 0 || forumReviewWorkingDays < 1 || unExemptionTargetWorkingDays < 1) {
            throw new InvalidInputException("clocks", "refusal.rules.clocks");
        }
    }

    public static TriagePolicy jointReviewOfAllCases(String charterEn, String charterKo, int forumReviewWorkingDays,
            int unExemptionTargetWorkingDays) {
        return new TriagePolicy(Mode.JOINT_REVIEW_OF_ALL_CASES, charterEn, charterKo, 0, forumReviewWorkingDays,
                unExemptionTargetWorkingDays);
    }

    public static TriagePolicy selective(String charterEn, String charterKo, int objectionWindowWorkingDays,
            int forumReviewWorkingDays, int unExemptionTargetWorkingDays) {
        return new TriagePolicy(Mode.SELECTIVE, charterEn, charterKo, objectionWindowWorkingDays,
                forumReviewWorkingDays, unExemptionTargetWorkingDays);
    }
}
