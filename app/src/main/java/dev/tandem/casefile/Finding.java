package dev.tandem.casefile;

/** A rule that applied to a case when it was triaged, with its citation and reasons, as stored with the case. */
public record Finding(String ruleId, String ruleVersion, String kind, String consequence, Integer line,
                      String citation, String reasonEn, String reasonKo) {
}
