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
 * banned or prohibited, a cap is exceeded, a review applies or a counterparty has an unresolved screening hit.</li>
 * <li>{@code unExemption}: when an item is banned or a cap exceeded (also case-level bans), under any
 * charter.</li>
 * <li>{@code partnerNotice}: under a selective charter when the forum is not needed; counted caps (with their
 * conditions) and noted exceptions are reported with the notice.</li>
 * </ol>
 * Every reason is built once from message keys ({@link RuleText}) and rendered in English and Korean.
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
        Localized reason;
        if (s.policy.mode() == TriagePolicy.Mode.JOINT_REVIEW_OF_ALL_CASES) {
            List<RuleFinding> all = s.all();
            cited.addAll(all);
            Parts parts = s.parts(all, s.screening.unresolvedHit());
            reason = RuleText.of("triage.forum.all", s.charter(), parts.isEmpty()
                    ? RuleText.of("triage.part.nothing") : RuleText.of("triage.applies", parts));
        } else {
            List<RuleFinding> because = new ArrayList<>(s.exemptions);
            because.addAll(s.prohibited);
            because.addAll(s.reviews);
            cited.addAll(because);
            RuleText selective = RuleText.of("triage.forum.selective", s.charter(),
                    s.parts(because, s.screening.unresolvedHit()));
            List<RuleFinding> reported = s.reported();
            if (reported.isEmpty()) {
                reason = selective;
            } else {
                cited.addAll(reported);
                reason = RuleText.of("triage.with-also", selective, RuleText.of("triage.also", s.parts(reported, false)));
            }
        }
        return Optional.of(new ClearanceSpec(Authority.FORUM_REVIEW, reason.en(), reason.ko(), citations(cited),
                s.policy.forumReviewWorkingDays()));
    }

    private static Optional<ClearanceSpec> unExemption(Situation s) {
        if (s.exemptions.isEmpty()) {
            return Optional.empty();
        }
        RuleText reason = RuleText.of("triage.un", s.parts(s.exemptions, false), s.charter());
        return Optional.of(new ClearanceSpec(Authority.UN_1718_EXEMPTION, reason.en(), reason.ko(),
                citations(s.exemptions), s.policy.unExemptionTargetWorkingDays()));
    }

    private static Optional<ClearanceSpec> partnerNotice(Situation s) {
        if (s.policy.mode() != TriagePolicy.Mode.SELECTIVE || s.forumNeeded()) {
            return Optional.empty();
        }
        List<RuleFinding> reported = s.reported();
        String days = Integer.toString(s.policy.objectionWindowWorkingDays());
        RuleText reason = reported.isEmpty()
                ? RuleText.of("triage.notice.nothing", s.charter(), days)
                : RuleText.of("triage.notice", s.charter(), days, RuleText.of("triage.reported", s.parts(reported, false)));
        return Optional.of(new ClearanceSpec(Authority.PARTNER_NOTICE, reason.en(), reason.ko(), citations(reported),
                s.policy.objectionWindowWorkingDays()));
    }

    private static List<String> citations(List<RuleFinding> findings) {
        Set<String> citations = new LinkedHashSet<>();
        for (RuleFinding finding : findings) {
            citations.add(finding.citation());
        }
        return List.copyOf(citations);
    }

    /** Reason fragments, joined with the language's separator when rendered. */
    private record Parts(List<Localized> parts) implements Localized {

        boolean isEmpty() {
            return parts.isEmpty();
        }

        @Override
        public String in(Language language) {
            String separator = RuleText.of("triage.join").in(language);
            return String.join(separator, parts.stream().map(part -> part.in(language)).toList());
        }
    }

    /** The findings sorted by what they mean for routing. */
    private static final class Situation {

        final ScreeningSummary screening;
        final TriagePolicy policy;
        final List<RuleFinding> exemptions = new ArrayList<>();
        final List<RuleFinding> prohibited = new ArrayList<>();
        final List<RuleFinding> reviews = new ArrayList<>();
        final List<RuleFinding> counted = new ArrayList<>();
        final List<RuleFinding> noted = new ArrayList<>();

        Situation(List<RuleFinding> findings, ScreeningSummary screening, TriagePolicy policy) {
            this.screening = screening;
            this.policy = policy;
            for (RuleFinding finding : findings) {
                switch (finding.consequence()) {
                    case UN_EXEMPTION_REQUIRED, CAP_EXCEEDED -> exemptions.add(finding);
                    case PROHIBITED -> prohibited.add(finding);
                    case JOINT_REVIEW -> reviews.add(finding);
                    case CAP_COUNTED -> counted.add(finding);
                    case NOTED -> noted.add(finding);
                }
            }
        }

        Bilingual charter() {
            return new Bilingual(policy.charterEn(), policy.charterKo());
        }

        boolean forumNeeded() {
            return policy.mode() == TriagePolicy.Mode.JOINT_REVIEW_OF_ALL_CASES || !exemptions.isEmpty()
                    || !prohibited.isEmpty() || !reviews.isEmpty() || screening.unresolvedHit();
        }

        List<RuleFinding> all() {
            List<RuleFinding> all = new ArrayList<>(exemptions);
            all.addAll(prohibited);
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
            List<Localized> parts = new ArrayList<>();
            int hitsAt = 0;
            for (RuleFinding f : findings) {
                if (f.needsUnExemption() || f.consequence() == Consequence.PROHIBITED
                        || f.consequence() == Consequence.JOINT_REVIEW) {
                    hitsAt++;
                }
                parts.add(part(f));
            }
            if (withHits) {
                String refs = screening.hitReferences().isEmpty() ? "-" : String.join(", ", screening.hitReferences());
                parts.add(hitsAt, RuleText.of("triage.part.hits", refs));
            }
            return new Parts(parts);
        }

        private static Localized part(RuleFinding f) {
            return switch (f.consequence()) {
                case UN_EXEMPTION_REQUIRED -> f.line() == null
                        ? RuleText.of("triage.part.exemption-case", f.ruleId(), f.citation())
                        : RuleText.of("triage.part.exemption", f.line(), f.ruleId(), f.citation());
                case PROHIBITED -> RuleText.of("triage.part.prohibited", f.ruleId(), f.citation());
                case CAP_EXCEEDED -> RuleText.of("triage.part.cap-exceeded", f.line(), capName(f), period(f),
                        f.citation());
                case JOINT_REVIEW -> f.line() == null
                        ? RuleText.of("triage.part.review-case", f.ruleId(), f.citation())
                        : RuleText.of("triage.part.review", f.line(), f.citation());
                case CAP_COUNTED -> RuleText.of("triage.part.cap", f.line(), RuleTexts.amount(f.capCount().barrels()),
                        capName(f), period(f), RuleTexts.amount(f.capCount().remaining()), f.citation(),
                        f.capCount().conditionsEn() == null ? ""
                                : RuleText.of("cap.conditions", new Bilingual(f.capCount().conditionsEn(),
                                        f.capCount().conditionsKo())));
                case NOTED -> RuleText.of("triage.part.noted", f.line(), f.ruleId(), f.citation());
            };
        }

        private static RuleText period(RuleFinding f) {
            return RuleText.of("cap.period", f.capCount().periodStart(), f.capCount().periodEnd());
        }

        private static Localized capName(RuleFinding f) {
            return ItemRules.capName(new CapRule(f.capCount().capId(), f.capCount().limitBarrels(), null,
                    f.capCount().periodStart(), false));
        }
    }
}
