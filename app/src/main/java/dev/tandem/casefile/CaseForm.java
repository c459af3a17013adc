package dev.tandem.casefile;

import dev.tandem.common.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tandem.common.CleanText;

/**
 * The "file a case" page's form: a {@link CaseDraft} without its items (they come from the uploaded item list) and
 * with a fixed number of counterparty rows, of which the blank ones are left out.
 * <p>
 * A bean with setters rather than a record: when a value does not convert (a date like 2026-13-45, an unknown
 * category), Spring cannot construct a record at all and the page could not show what was typed; a bean keeps
 * every other value and the binder keeps the refused one (see ADR 0010).
 */
class CaseForm {

    static final int ROWS = 4;

    @NotBlank
    @Size(max = CaseLimits.TITLE)
    @CleanText
    private String title;
    @NotBlank
    @Size(max = CaseLimits.PURPOSE)
    @CleanText
    private String purpose;
    @NotNull
    private CaseCategory category = CaseCategory.HUMANITARIAN;
    @Size(max = CaseLimits.ROUTE)
    @CleanText
    private String route;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedTo;
    private boolean jointVenture;
    /** The facts of the case ticked on the form, as the item rules name them. */
    @Size(max = CaseLimits.DECLARATIONS)
    private Set<@Size(max = CaseLimits.TERM) String> declarations = new TreeSet<>();
    @Size(max = ROWS)
    private List<@Valid Row> counterparties = new ArrayList<>();
    @Size(max = CaseLimits.FORUM)
    private String forum;

    CaseForm() {
        for (int i = 0; i < ROWS; i++) {
            counterparties.add(new Row());
        }
    }

    CaseDraft toDraft(List<LineItem> items) {
        List<Counterparty> parties = counterparties.stream().filter(row -> row != null && !row.isBlank())
                .map(row -> new Counterparty(row.role == null ? CounterpartyRole.OTHER : row.role, row.name.strip(),
                        row.kind == null ? "ORGANISATION" : row.kind, Texts.strippedOrNull(row.country)))
                .toList();
        return new CaseDraft(title.strip(), purpose.strip(), category, Texts.strippedOrNull(route), plannedFrom, plannedTo,
                jointVenture, items, parties, declarations, Texts.strippedOrNull(forum));
    }

    public String getForum() {
        return forum;
    }

    public void setForum(String forum) {
        this.forum = forum;
    }


    /** One counterparty row; a row without a name is not a counterparty. */
    public static class Row {

        private CounterpartyRole role;
        @Size(max = CaseLimits.NAME)
        @CleanText
        private String name;
        @Pattern(regexp = CaseLimits.KIND)
        private String kind;
        @Size(max = CaseLimits.COUNTRY)
        @CleanText
        private String country;

        boolean isBlank() {
            return name == null || name.isBlank();
        }

        public CounterpartyRole getRole() {
            return role;
        }

        public void setRole(CounterpartyRole role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public CaseCategory getCategory() {
        return category;
    }

    public void setCategory(CaseCategory category) {
        this.category = category;
    }

    public String getRoute() {
        return route;
    }

    public void setRoute(String route) {
        this.route = route;
    }

    public LocalDate getPlannedFrom() {
        return plannedFrom;
    }

    public void setPlannedFrom(LocalDate plannedFrom) {
        this.plannedFrom = plannedFrom;
    }

    public LocalDate getPlannedTo() {
        return plannedTo;
    }

    public void setPlannedTo(LocalDate plannedTo) {
        this.plannedTo = plannedTo;
    }

    public boolean isJointVenture() {
        return jointVenture;
    }

    public void setJointVenture(boolean jointVenture) {
        this.jointVenture = jointVenture;
    }

    public Set<String> getDeclarations() {
        return declarations;
    }

    public void setDeclarations(Set<String> declarations) {
        this.declarations = declarations == null ? new TreeSet<>() : new TreeSet<>(declarations);
    }

    public List<Row> getCounterparties() {
        return counterparties;
    }

    public void setCounterparties(List<Row> counterparties) {
        this.counterparties = counterparties;
    }
}
