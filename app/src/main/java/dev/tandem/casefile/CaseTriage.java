package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.tandem.calendar.WorkingCalendar;
import dev.tandem.common.RuleViolationException;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.Charter;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumSummary;
import dev.tandem.rules.CapLedger;
import dev.tandem.rules.CaseFacts;
import dev.tandem.rules.ClearanceSpec;
import dev.tandem.rules.Direction;
import dev.tandem.rules.ItemFacts;
import dev.tandem.rules.ItemRuleBook;
import dev.tandem.rules.ItemRules;
import dev.tandem.rules.ItemRulesResult;
import dev.tandem.rules.RuleFinding;
import dev.tandem.rules.ScreeningSummary;
import dev.tandem.rules.Triage;
import dev.tandem.rules.TriagePolicy;
import dev.tandem.screening.HitStatus;
import dev.tandem.screening.HitView;
import dev.tandem.screening.NameToScreen;
import dev.tandem.screening.ScreeningManagement;

/**
 * Triage of one case on one day: its counterparties are screened (and kept under watch), its items judged by the
 * rule version in force, its caps counted, and the forum's charter in force turns all that into clearances with
 * their clocks.
 */
@Component
class CaseTriage {

    /** Target for a 1718 Committee exemption: the Committee averaged 15 days in 2019 (BRIEF §1.7, S11). */
    static final int UN_EXEMPTION_TARGET_WORKING_DAYS = 15;
    private static final Pattern SUBJECT = Pattern.compile("case:([^/]+)/counterparty:\\d+");

    /** What triage decided, ready to be stored with the case. */
    record Outcome(String ruleVersion, String charterForum, Integer charterVersion, List<Finding> findings,
                   List<Clearance> clearances, String summary) {
    }

    private final ItemRuleBook rules;
    private final CapLedger ledger;
    private final ScreeningManagement screening;
    private final ForumManagement forums;
    private final WorkingCalendar calendar;

    CaseTriage(ItemRuleBook rules, CapLedger ledger, ScreeningManagement screening, ForumManagement forums,
               WorkingCalendar calendar) {
        this.rules = rules;
        this.ledger = ledger;
        this.screening = screening;
        this.forums = forums;
        this.calendar = calendar;
    }

    static String subjectRef(String caseRef, int counterparty) {
        return "case:" + caseRef + "/counterparty:" + counterparty;
    }

    static Optional<String> caseRefOf(String subjectRef) {
        Matcher m = SUBJECT.matcher(subjectRef);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Triage under the rules in force on {@code asOf} and the charter of the case's forum in force that day. */
    Outcome triage(CaseFile file, LocalDate asOf) {
        Charter charter = forums.charterAt(file.forumCode(), asOf).orElseThrow(() -> new RuleViolationException(
                "forum", "refusal.casefile.noCharter", file.forumCode(), asOf));
        return triage(file, asOf, file.forumCode(), charter);
    }

    /**
     * Triage again as the case was judged: rules in force on its filing day, and the very charter (forum and
     * version) it was judged under, also after its forum handed it over to a successor with charters of its own.
     */
    Outcome rejudge(CaseFile file) {
        String forum = file.charterForum() == null ? file.forumCode() : file.charterForum();
        Charter charter = file.charterVersion() == null ? null : forums.charter(forum, file.charterVersion()).orElse(null);
        if (charter == null) {
            return triage(file, file.filedOn());
        }
        return triage(file, file.filedOn(), forum, charter);
    }

    private Outcome triage(CaseFile file, LocalDate asOf, String charterForum, Charter charter) {
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < file.counterparties().size(); i++) {
            Counterparty party = file.counterparties().get(i);
            for (HitView hit : screening.watch(subjectRef(file.ref(), i),
                    NameToScreen.of(party.name(), party.kind()))) {
                if (unresolved(hit)) {
                    hits.add(hitText(party, hit));
                }
            }
        }
        ItemRulesResult result = ledger.applyAndRecord(rules.at(asOf), facts(file, asOf));
        return route(file, asOf, charterForum, charter, hits, result);
    }

    /**
     * What triage on the case's filing day would give under another charter (stored or a draft), changing nothing:
     * the counterparties' hits as they stand are read, not watched, and caps are judged against what the other
     * cases hold without recording this one.
     */
    Outcome preview(CaseFile file, String charterForum, Charter charter) {
        LocalDate asOf = file.filedOn();
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < file.counterparties().size(); i++) {
            positions.put(subjectRef(file.ref(), i), i);
        }
        List<String> hits = new ArrayList<>();
        for (HitView hit : screening.hitsOf(positions.keySet())) {
            Integer at = positions.get(hit.subjectRef());
            if (at != null && unresolved(hit)) {
                hits.add(hitText(file.counterparties().get(at), hit));
            }
        }
        ItemRulesResult result = ledger.judgeWithoutRecording(rules.at(asOf), facts(file, asOf));
        return route(file, asOf, charterForum, charter, hits, result);
    }

    private static boolean unresolved(HitView hit) {
        return hit.status() == HitStatus.OPEN || hit.status() == HitStatus.TRUE_MATCH;
    }

    private static String hitText(Counterparty party, HitView hit) {
        return party.name() + " ~ " + hit.source() + " " + hit.reference() + " " + hit.listedName()
                + " (" + hit.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }

    private static CaseFacts facts(CaseFile file, LocalDate asOf) {
        List<ItemFacts> items = new ArrayList<>();
        for (int i = 0; i < file.items().size(); i++) {
            LineItem item = file.items().get(i);
            items.add(new ItemFacts(i + 1, item.description(), item.hsCode(), item.quantity(), item.unit(),
                    item.totalValueUsd(), "FROM".equals(item.direction()) ? Direction.FROM_SANCTIONED : Direction.TO_SANCTIONED,
                    item.possibleMilitaryUse(), item.declaredPurpose(), item.product()));
        }
        java.util.Set<String> declarations = new java.util.TreeSet<>(file.declarations());
        if (file.jointVenture()) {
            declarations.add(CaseFacts.JOINT_VENTURE);
        }
        // the codes stay those of the filing day's HS edition even when the case is re-triaged years later
        LocalDate codesFiledOn = file.filedOn() != null ? file.filedOn() : asOf;
        return new CaseFacts(file.ref(), asOf, codesFiledOn, declarations, items);
    }

    /** The routing policy a charter sets, the same for a stored charter and a draft one. */
    static TriagePolicy policy(Charter charter) {
        return charter.caseRouting() == CaseRouting.SELECTIVE
                ? TriagePolicy.selective(charter.name(), charter.nameKo(), charter.objectionWindowDays(),
                charter.forumReviewDays(), UN_EXEMPTION_TARGET_WORKING_DAYS)
                : TriagePolicy.jointReviewOfAllCases(charter.name(), charter.nameKo(), charter.forumReviewDays(),
                UN_EXEMPTION_TARGET_WORKING_DAYS);
    }

    private Outcome route(CaseFile file, LocalDate asOf, String charterForum, Charter charter,
            List<String> hits, ItemRulesResult result) {
        List<ClearanceSpec> specs = Triage.route(result.findings(),
                hits.isEmpty() ? ScreeningSummary.clear() : ScreeningSummary.unresolved(hits), policy(charter));

        List<Finding> findings = result.findings().stream().map(CaseTriage::finding).toList();
        // a clearance's clock waits on the forum's parties, so it counts the days all of them work
        Set<String> parties = forums.summary(charterForum).map(ForumSummary::parties).orElse(Set.of());
        List<Clearance> clearances = specs.stream().map(spec -> new Clearance(spec.authority().name(), "PENDING",
                spec.reasonEn(), spec.reasonKo(), spec.citations(), spec.clockWorkingDays(), asOf,
                calendar.addWorkingDays(asOf, spec.clockWorkingDays(), parties))).toList();
        String summary = "rules " + result.ruleVersion() + ", charter " + charterForum + " " + charter.version()
                + " (" + charter.name() + "): " + clearances.stream().map(Clearance::authority).toList();
        return new Outcome(result.ruleVersion(), charterForum, charter.version(), findings, clearances, summary);
    }

    /**
     * Refuses, naming the field, a case declaration, declared purpose or petroleum product that the rules in force
     * on {@code on} do not know, so that a draft is never stored with a term triage would refuse later.
     */
    void checkTerms(CaseDraft draft, LocalDate on) {
        ItemRules current = rules.at(on);
        java.util.Set<String> declarations = current.declarationNames(true).keySet();
        for (String declaration : draft.declarations()) {
            if (!declarations.contains(declaration) || CaseFacts.JOINT_VENTURE.equals(declaration)) {
                throw new dev.tandem.common.InvalidInputException("declarations", "refusal.casefile.unknownDeclaration",
                        declaration, String.join(", ", new java.util.TreeSet<>(declarations).stream()
                        .filter(d -> !CaseFacts.JOINT_VENTURE.equals(d)).toList()));
            }
        }
        for (int i = 0; i < draft.items().size(); i++) {
            LineItem item = draft.items().get(i);
            if (item == null) {
                continue;
            }
            if (item.declaredPurpose() != null && !current.purposeNames(true).containsKey(item.declaredPurpose())) {
                throw new dev.tandem.common.InvalidInputException("items[" + i + "].declaredPurpose",
                        "refusal.casefile.unknownPurpose", item.declaredPurpose(),
                        String.join(", ", current.purposeNames(true).keySet()));
            }
            if (item.product() != null && !current.productNames(true).containsKey(item.product())) {
                throw new dev.tandem.common.InvalidInputException("items[" + i + "].product",
                        "refusal.casefile.unknownProduct", item.product(),
                        String.join(", ", current.productNames(true).keySet()));
            }
        }
    }

    /** The case declarations of the rules in force on a day, without the joint venture (a field of its own). */
    List<String> caseDeclarations(LocalDate on) {
        return rules.at(on).declarationNames(true).keySet().stream()
                .filter(d -> !CaseFacts.JOINT_VENTURE.equals(d)).sorted().toList();
    }

    /** A withdrawn case no longer holds room under a cap. */
    void release(String caseRef) {
        ledger.release(caseRef);
    }

    private static Finding finding(RuleFinding f) {
        return new Finding(f.ruleId(), f.ruleVersion(), f.kind().name(), f.consequence().name(), f.line(),
                f.citation(), f.reasonEn(), f.reasonKo());
    }
}
