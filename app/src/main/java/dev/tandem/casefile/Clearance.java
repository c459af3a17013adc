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

    public String reason(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? reasonKo : reasonEn;
    }
}
