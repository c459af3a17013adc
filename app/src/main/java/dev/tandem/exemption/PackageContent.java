package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.Finding;
import dev.tandem.forum.Party;

/**
 * What one version of a request package says: the request, its case, the requesting party whose letterhead it is
 * on, the paragraphs from triage, and the day it was generated. The letter and the Annex II list read only this.
 */
public record PackageContent(ExemptionRequest request, CaseFile file, Party party, List<Finding> reasons, LocalDate on,
                      int version) {

    /** The total value of the items in US dollars (lines without a value add nothing). */
    public BigDecimal totalValueUsd() {
        return request.items().stream().map(ApprovedItem::totalValueUsd).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
