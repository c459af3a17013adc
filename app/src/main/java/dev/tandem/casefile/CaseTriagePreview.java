package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.forum.Charter;

/**
 * Triage rehearsed under another charter, for the reports' "what if": the very triage a case was judged by (rules
 * in force on its filing day, its counterparties' hits, caps against the other cases), routed by the charter given,
 * a stored one or a draft that is not in force. Nothing is stored, watched, counted or journaled.
 */
@Service
public class CaseTriagePreview {

    /** One case as triaged then, and as the charter given would have triaged it. */
    public record Preview(String ref, LocalDate filedOn, String forumCode, String charterForum,
                          Integer charterVersion, List<Clearance> asTriaged, List<Clearance> underCharter) {
    }

    private final CaseFiles cases;
    private final CaseTriage triage;

    CaseTriagePreview(CaseFiles cases, CaseTriage triage) {
        this.cases = cases;
        this.triage = triage;
    }

    /** The cases named, in that order; a case that was never filed (a draft) or is unknown is left out. */
    @PreAuthorize("@permissions.maySeeReports()")
    @Transactional(readOnly = true)
    public List<Preview> preview(List<String> refs, String charterForum, Charter charter) {
        List<Preview> previews = new ArrayList<>();
        for (String ref : refs) {
            cases.byRef(ref).filter(file -> file.filedOn() != null).ifPresent(file -> {
                CaseTriage.Outcome outcome = triage.preview(file, charterForum, charter);
                previews.add(new Preview(file.ref(), file.filedOn(), file.forumCode(), file.charterForum(),
                        file.charterVersion(), file.clearances(), outcome.clearances()));
            });
        }
        return previews;
    }
}
