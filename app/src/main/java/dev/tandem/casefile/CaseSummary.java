package dev.tandem.casefile;

import java.time.LocalDate;

/** A row of the case list: enough to find a case without loading it whole. */
public record CaseSummary(String ref, String title, CaseCategory category, String applicant, String organisation,
                          String forumCode, CaseStatus status, LocalDate filedOn) {
}
