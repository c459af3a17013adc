package dev.tandem.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a case's rule findings and its screening state into the clearances its charter asks for. Pure.
 *
 * <p>Three named routing rules, each giving a clearance with its reason or nothing:
 * <ol>
 * <li>{@code forumReview}: under joint review of all cases, always; under a selective charter, when an item is
 * banned, a cap is exceeded, the catch-all applies or a counterparty has an unresolved screening hit.</li>
 * <li>{@code unExemption}: when an item is banned or a cap exceeded (also the joint-venture ban), under any
 * charter.</li>
 * <li>{@code partnerNotice}: under a selective charter when the forum is not needed; counted caps and noted
 * exceptions are reported with the notice.</li>
 * </ol>
 */
public final class Triage {

    @FunctionalInterface
    private interface RoutingRule {
        Optional<ClearanceSpec> route(Situation situation);
    }

    private static final List<RoutingRule> ROUTING_RULES =
            List.of(Triage::forumReview, Triage::unExemption, Triage::partnerNotice);

    private Triage() {
    }

    /** The clearances, forum review or partner notice first, then the UN exemption when one is needed. */
    public static List<ClearanceSpec> route(List<RuleFinding> findings, ScreeningSummary screening,
            TriagePolicy policy) {
        Situation situation = new Situation(Objects.requireNonNull(findings, "findings"),
                Objects.requireNonNull(screening, "screening"), Objects.requireNonNull(policy, "policy"));
        List<ClearanceSpec> clearances = new ArrayList<>();
        for (RoutingRule rule : ROUTING_RULES) {
            rule.route(situation).ifPresent(clearances::add);
        }
        return clearances;
    }

    private static Optional<ClearanceSpec> forumReview(Situation s) {
        if (!s.forumNeeded()) {
            return Optional.empty();
        }
        List<RuleFinding> cited = new ArrayList<>();
        String en;
        String ko;
        if (s.policy.mode() == TriagePolicy.Mode.JOINT_REVIEW_OF_ALL_CASES) {
            List<RuleFinding> all = s.all();
            cited.addAll(all);
            Parts parts = s.parts(all, s.screening.unresolvedHit());
            en = RuleTexts.en("triage.forum.all", s.policy.charterEn(), parts.isEmpty()
                    ? RuleTexts.en("triage.part.nothing") : RuleTexts.en("triage.applies", parts.en()));
            ko = RuleTexts.ko("triage.forum.all", s.policy.charterKo(), parts.isEmpty()
                    ? RuleTexts.ko("triage.part.nothing") : RuleTexts.ko("triage.applies", parts.ko()));
        } else {
            List<RuleFinding> because = new ArrayList<>(s.exemptions);
            because.addAll(s.reviews);
            cited.addAll(because);
            Parts parts = s.parts(because, s.screening.unresolvedHit());
            en = RuleTexts.en("triage.forum.selective", s.policy.charterEn(), parts.en());
            ko = RuleTexts.ko("triage.forum.selective", s.policy.charterKo(), parts.ko());
            List<RuleFinding> reported = s.reported();
            if (!reported.isEmpty()) {
                cited.addAll(reported);
                Parts also = s.parts(reported, false);
                en += " " + RuleTexts.en("triage.also", also.en());
                ko += " " + RuleTexts.ko("triage.also", also.ko());
            }
        }
        return Optional.of(new ClearanceSpec(Authority.FORUM_REVIEW, en, ko, citations(cited),
                s.policy.forumReviewWorkingDays()));
    }

    private static Optional<ClearanceSpec> unExemption(Situation s) {
        if (s.exemptions.isEmpty()) {
            return Optional.empty();
        }
        Parts parts = s.parts(s.exemptions, false);
        return Optional.of(new ClearanceSpec(Authority.UN_1718_EXEMPTION,
                RuleTexts.en("triage.un", parts.en(), s.policy.charterEn()),
                RuleTexts.ko("triage.un", parts.ko(), s.policy.charterKo()),
                citations(s.exemptions), s.policy.unExemptionTargetWorkingDays()));
    }

    private static Optional<ClearanceSpec> partnerNotice(Situation s) {
        if (s.policy.mode() != TriagePolicy.Mode.SELECTIVE || s.forumNeeded()) {
            return Optional.empty();
        }
        List<RuleFinding> reported = s.reported();
        String days = Integer.toString(s.policy.objectionWindowWorkingDays());
        String en;
        String ko;
        if (reported.isEmpty()) {
            en = RuleTexts.en("triage.notice.nothing", s.policy.charterEn(), days);
            ko = RuleTexts.ko("triage.notice.nothing", s.policy.charterKo(), days);
        } else {
            Parts parts = s.parts(reported, false);
            en = RuleTexts.en("triage.notice", s.policy.charterEn(), days, RuleTexts.en("triage.reported", parts.en()));
            ko = RuleTexts.ko("triage.notice", s.policy.charterKo(), days, RuleTexts.ko("triage.reported", parts.ko()));
        }
        return Optional.of(new ClearanceSpec(Authority.PARTNER_NOTICE, en, ko, citations(reported),
                s.policy.objectionWindowWorkingDays()));
    }

    private static List<String> citations(List<RuleFinding> findings) {
        Set<String> citations = new LinkedHashSet<>();
        for (RuleFinding finding : findings) {
            citations.add(finding.citation());
        }
        return List.copyOf(citations);
    }

    /** Reason fragments in both languages, joined with "; ". */
    private record Parts(List<String> enParts, List<String> koParts) {

        boolean isEmpty() {
            return enParts.isEmpty();
        }

        String en() {
            return String.join(RuleTexts.en("triage.join"), enParts);
        }

        String ko() {
            return String.join(RuleTexts.ko("triage.join"), koParts);
        }
    }

    /** The findings sorted by what they mean for routing. */
    private static final class Situation {

        final ScreeningSummary screening;
        final TriagePolicy policy;
        final List<RuleFinding> exemptions = new ArrayList<>();
        final List<RuleFinding> reviews = new ArrayList<>();
        final List<RuleFinding> counted = new ArrayList<>();
        final List<RuleFinding> noted = new ArrayList<>();

        Situation(List<RuleFinding> findings, ScreeningSummary screening, TriagePolicy policy) {
            this.screening = screening;
            this.policy = policy;
            for (RuleFinding finding : findings) {
                switch (finding.consequence()) {
                    case UN_EXEMPTION_REQUIRED, CAP_EXCEEDED -> exemptions.add(finding);
                    case JOINT_REVIEW -> reviews.add(finding);
                    case CAP_COUNTED -> counted.add(finding);
                    case NOTED -> noted.add(finding);
                }
            }
        }

        boolean forumNeeded() {
            return policy.mode() == TriagePolicy.Mode.JOINT_REVIEW_OF_ALL_CASES
                    || !exemptions.isEmpty() || !reviews.isEmpty() || screening.unresolvedHit();
        }

        List<RuleFinding> all() {
            List<RuleFinding> all = new ArrayList<>(exemptions);
            all.addAll(reviews);
            all.addAll(reported());
            return all;
        }

        List<RuleFinding> reported() {
            List<RuleFinding> reported = new ArrayList<>(counted);
            reported.addAll(noted);
            return reported;
        }

        /** One fragment per finding, plus the screening hits when asked; hits come after ban and review reasons. */
        Parts parts(List<RuleFinding> findings, boolean withHits) {
            List<String> en = new ArrayList<>();
            List<String> ko = new ArrayList<>();
            int hitsAt = 0;
            for (RuleFinding f : findings) {
                if (f.needsUnExemption() || f.consequence() == Consequence.JOINT_REVIEW) {
                    hitsAt++;
                }
            }
            for (RuleFinding f : findings) {
                en.add(part(f, true));
                ko.add(part(f, false));
            }
            if (withHits) {
                String refs = screening.hitReferences().isEmpty() ? "-" : String.join(", ", screening.hitReferences());
                en.add(hitsAt, RuleTexts.en("triage.part.hits", refs));
                ko.add(hitsAt, RuleTexts.ko("triage.part.hits", refs));
            }
            return new Parts(en, ko);
        }

        private static String part(RuleFinding f, boolean english) {
            String key;
            Object[] args;
            switch (f.consequence()) {
                case UN_EXEMPTION_REQUIRED -> {
                    key = f.line() == null ? "triage.part.exemption-case" : "triage.part.exemption";
                    args = f.line() == null ? new Object[] {f.ruleId(), f.citation()}
                            : new Object[] {f.line(), f.ruleId(), f.citation()};
                }
                case CAP_EXCEEDED -> {
                    key = "triage.part.cap-exceeded";
                    args = new Object[] {f.line(), capName(f, english), f.capCount().year(), f.citation()};
                }
                case JOINT_REVIEW -> {
                    key = "triage.part.review";
                    args = new Object[] {f.line(), f.citation()};
                }
                case CAP_COUNTED -> {
                    key = "triage.part.cap";
                    args = new Object[] {f.line(), RuleTexts.amount(f.capCount().barrels()), capName(f, english),
                            f.capCount().year(), RuleTexts.amount(f.capCount().remaining()), f.citation()};
                }
                case NOTED -> {
                    key = "triage.part.noted";
                    args = new Object[] {f.line(), f.ruleId(), f.citation()};
                }
                default -> throw new IllegalStateException("unknown consequence " + f.consequence());
            }
            return english ? RuleTexts.en(key, args) : RuleTexts.ko(key, args);
        }

        private static String capName(RuleFinding f, boolean english) {
            return ItemRules.capName(new CapRule(f.capCount().capId(), f.capCount().limitBarrels(), null, null),
                    english);
        }
    }
}
