package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an applicant writes into a case, validated by {@link CaseManagement} before it is stored.
 *
 * @param declarations facts of the case the applicant answers yes to, as the item rules name them ("dprk-workers",
 *                     "export-credit", "ship-to-ship-transfer", ...); the joint venture keeps its own flag
 */
public record CaseDraft(String title, String purpose, CaseCategory category, String route, LocalDate plannedFrom,
                        LocalDate plannedTo, boolean jointVenture, List<LineItem> items,
                        List<Counterparty> counterparties, Set<String> declarations) {

    public CaseDraft {
        items = items == null ? List.of() : items.stream().map(i -> i == null ? null : i.asWrittenByApplicant())
                .collect(java.util.stream.Collectors.toUnmodifiableList());
        counterparties = counterparties == null ? List.of() : List.copyOf(counterparties);
        declarations = declarations == null ? Set.of() : Set.copyOf(new TreeSet<>(declarations));
    }

    /** A draft that declares no fact of the case besides the joint venture. */
    public CaseDraft(String title, String purpose, CaseCategory category, String route, LocalDate plannedFrom,
                     LocalDate plannedTo, boolean jointVenture, List<LineItem> items, List<Counterparty> counterparties) {
        this(title, purpose, category, route, plannedFrom, plannedTo, jointVenture, items, counterparties, Set.of());
    }
}
