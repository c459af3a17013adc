package dev.tandem.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The findings for a case under one rule version. The case keeps {@code ruleVersion} until someone re-triages it.
 * Findings come case-level first, then by line, then in the rule file's order.
 */
public record ItemRulesResult(String ruleVersion, LocalDate effectiveFrom, List<RuleFinding> findings) {

    public ItemRulesResult {
        findings = List.copyOf(findings);
    }

    public List<RuleFinding> findings(Consequence consequence) {
        return findings.stream().filter(f -> f.consequence() == consequence).toList();
    }
}
