package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One approval a case needs from one authority (the partner through the forum, the partner by notice, the UN 1718
 * Committee), as triage derived it: why, on what basis, and its clock.
 */
public record Clearance(String authority, String status, String reasonEn, String reasonKo, List<String> citations,
                        int workingDays, LocalDate startedOn, LocalDate dueOn) {

    /** Triage leaves every clearance pending; the decision module decides it. */
    public static final String PENDING = "PENDING";

    public boolean pending() {
        return PENDING.equals(status);
    }

    /** The same clearance with the outcome the decision module reached. */
    Clearance decided(String outcome) {
        return new Clearance(authority, outcome, reasonEn, reasonKo, citations, workingDays, startedOn, dueOn);
    }

    /** The same clearance, its clock counted again to another day. */
    Clearance dueOn(LocalDate day) {
        return new Clearance(authority, status, reasonEn, reasonKo, citations, workingDays, startedOn, day);
    }

    public String reason(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? reasonKo : reasonEn;
    }
}
