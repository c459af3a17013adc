package dev.tandem.rules;

import java.util.List;

/**
 * One clearance that triage asks for: which authority, why in plain words (which line, which rule, which
 * paragraph), the citations behind it, and the clock in working days the charter gives it.
 */
public record ClearanceSpec(Authority authority, String reasonEn, String reasonKo, List<String> citations,
        int clockWorkingDays) {

    public ClearanceSpec {
        citations = List.copyOf(citations);
    }
}
