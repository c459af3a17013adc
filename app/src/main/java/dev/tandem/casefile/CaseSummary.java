package dev.tandem.casefile;

import java.time.LocalDate;

/** A row of the case list: enough to find a case without loading it whole. Named as in a whole case. */
public record CaseSummary(String ref, String title, CaseCategory category, String applicant, String organisation,
                          String forum, CaseStatus status, LocalDate filedOn) {
}
