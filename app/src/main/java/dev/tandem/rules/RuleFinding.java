package dev.tandem.rules;

/**
 * One item rule that applies to a case, with the reason in plain words in English and Korean.
 *
 * @param ruleId      the rule's id in its rule file ("2397-7-vehicles")
 * @param ruleVersion the rule version the case was judged under ("un-dprk-2397")
 * @param line        the line item's number; null for case-level findings (joint venture, workers, ...)
 * @param citation    e.g. "S/RES/2397 (2017), para 7"
 * @param capCount    how the line was counted, for {@link Consequence#CAP_COUNTED} and
 *                    {@link Consequence#CAP_EXCEEDED}; otherwise null
 */
public record RuleFinding(String ruleId, String ruleVersion, RuleKind kind, Integer line, String citation,
        String reasonEn, String reasonKo, Consequence consequence, CapCount capCount) {

    /** Whether the case cannot go ahead as filed without a 1718 Committee exemption. */
    public boolean needsUnExemption() {
        return consequence == Consequence.UN_EXEMPTION_REQUIRED || consequence == Consequence.CAP_EXCEEDED;
    }
}
