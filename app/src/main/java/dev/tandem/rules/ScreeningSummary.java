package dev.tandem.rules;

import java.util.List;

/**
 * What triage needs to know from screening: whether any counterparty of the case has a hit that nobody has
 * dispositioned yet, and the hits' references for the reason text.
 */
public record ScreeningSummary(boolean unresolvedHit, List<String> hitReferences) {

    public ScreeningSummary {
        hitReferences = hitReferences == null ? List.of() : List.copyOf(hitReferences);
    }

    public static ScreeningSummary clear() {
        return new ScreeningSummary(false, List.of());
    }

    public static ScreeningSummary unresolved(List<String> hitReferences) {
        return new ScreeningSummary(true, hitReferences);
    }
}
