package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.List;

/** What the journal keeps of a case. */
record CaseState(String ref, String title, CaseCategory category, String applicant, String forum,
                 CaseStatus status, LocalDate filedOn, String ruleVersion, String charterForum,
                 Integer charterVersion, List<LineItem> items, List<Counterparty> counterparties,
                 List<Finding> findings, List<Clearance> clearances) {

    static CaseState of(CaseFile f) {
        return new CaseState(f.ref(), f.title(), f.category(), f.applicant(), f.forumCode(), f.status(),
                f.filedOn(), f.ruleVersion(), f.charterForum(), f.charterVersion(), f.items(), f.counterparties(),
                f.findings(), f.clearances());
    }
}
