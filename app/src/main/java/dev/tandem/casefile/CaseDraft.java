package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/**
 * What an applicant writes into a case: the body of {@code POST /api/cases}, the case page's form once its file is
 * read, and what {@link CaseManagement} checks (these constraints, then the rules between fields) before it stores.
 *
 * @param declarations facts of the case the applicant answers yes to, as the item rules name them ("dprk-workers",
 *                     "export-credit", "ship-to-ship-transfer", ...); the joint venture keeps its own flag
 * @param forum the code of the forum the case goes to; {@code null} for the only forum that takes cases
 */
public record CaseDraft(@NotBlank @Size(max = CaseLimits.TITLE) @CleanText String title,
                        @NotBlank @Size(max = CaseLimits.PURPOSE) @CleanText String purpose,
                        @NotNull CaseCategory category,
                        @Size(max = CaseLimits.ROUTE) @CleanText String route,
                        LocalDate plannedFrom,
                        LocalDate plannedTo,
                        boolean jointVenture,
                        @Size(max = CaseLimits.ITEMS) List<@NotNull @Valid LineItem> items,
                        @Size(max = CaseLimits.COUNTERPARTIES) List<@NotNull @Valid Counterparty> counterparties,
                        @Size(max = CaseLimits.DECLARATIONS)
                        Set<@NotBlank @Size(max = CaseLimits.TERM) @CleanText String> declarations,
                        @Size(max = CaseLimits.FORUM) @CleanText String forum) {

    public CaseDraft {
        // not List.copyOf: a null element is refused by validation, naming it, rather than failing here
        if (items == null) {
            items = List.of();
        } else {
            List<LineItem> written = new ArrayList<>();
            items.forEach(i -> written.add(i == null ? null : i.asWrittenByApplicant()));
            items = Collections.unmodifiableList(written);
        }
        counterparties = counterparties == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(counterparties));
        declarations = declarations == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(
                declarations.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet())));
        forum = forum == null || forum.isBlank() ? null : forum.strip();
    }

    /** A draft for the only forum that takes cases, declaring no fact of the case besides the joint venture. */
    public CaseDraft(String title, String purpose, CaseCategory category, String route, LocalDate plannedFrom,
                     LocalDate plannedTo, boolean jointVenture, List<LineItem> items, List<Counterparty> counterparties) {
        this(title, purpose, category, route, plannedFrom, plannedTo, jointVenture, items, counterparties, Set.of(),
                null);
    }
}
