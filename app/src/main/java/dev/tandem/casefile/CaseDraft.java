package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * What an applicant writes into a case, validated by {@link CaseManagement} before it is stored.
 *
 * @param forum the code of the forum the case goes to; {@code null} for the only forum that takes cases
 */
public record CaseDraft(String title, String purpose, CaseCategory category, String route, LocalDate plannedFrom,
                        LocalDate plannedTo, boolean jointVenture, List<LineItem> items,
                        List<Counterparty> counterparties, String forum) {

    public CaseDraft {
        items = items == null ? List.of() : List.copyOf(items);
        counterparties = counterparties == null ? List.of() : List.copyOf(counterparties);
        forum = forum == null || forum.isBlank() ? null : forum.strip();
    }

    /** A draft for the only forum that takes cases. */
    public CaseDraft(String title, String purpose, CaseCategory category, String route, LocalDate plannedFrom,
                     LocalDate plannedTo, boolean jointVenture, List<LineItem> items,
                     List<Counterparty> counterparties) {
        this(title, purpose, category, route, plannedFrom, plannedTo, jointVenture, items, counterparties, null);
    }
}
