package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.List;

/** What an applicant writes into a case, validated by {@link CaseManagement} before it is stored. */
public record CaseDraft(String title, String purpose, CaseCategory category, String route, LocalDate plannedFrom,
                        LocalDate plannedTo, boolean jointVenture, List<LineItem> items,
                        List<Counterparty> counterparties) {

    public CaseDraft {
        items = items == null ? List.of() : List.copyOf(items);
        counterparties = counterparties == null ? List.of() : List.copyOf(counterparties);
    }
}
