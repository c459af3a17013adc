package dev.tandem.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What the item rules need to know about a case: its reference, when it was filed (which picks the rule version
 * and the cap year), whether it involves a joint venture with a DPRK entity, and its line items.
 */
public record CaseFacts(String caseRef, LocalDate filedOn, boolean jointVentureWithDprkEntity, List<ItemFacts> items) {
}
