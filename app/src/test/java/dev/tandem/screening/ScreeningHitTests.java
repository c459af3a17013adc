package dev.tandem.screening;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.screening.core.list.ListSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScreeningHitTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Decider ROK_COCHAIR = new Decider("rok.cochair", Set.of("CO_CHAIR"), "ROK");
    private static final Decider US_COCHAIR = new Decider("us.cochair", Set.of("CO_CHAIR"), "US");
    private static final Decider OTHER_ROK_COCHAIR = new Decider("rok.cochair2", Set.of("CO_CHAIR"), "ROK");
    private static final Decider ROK_MEMBER = new Decider("rok.member", Set.of("MEMBER"), "ROK");
    private static final Decider SECRETARIAT = new Decider("secretariat", Set.of("SECRETARIAT"), "ROK");

    private static ScreeningHit openHit(double score) {
        return new ScreeningHit(new HitView(7, "case:1/counterparty:0", "Ri Yong Mu", ListSource.UN, "KPi.053",
                "RI YONG MU", "RI YONG MU", score, "exact", HitStatus.OPEN, NOW, null, null, null, 1,
                false, null, null, null, null, null), null);
    }

    private static String keyOf(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            return e.key();
        }
        throw new AssertionError("the change was not refused");
    }

    @Test
    void refusesAMemberDecidingAnExactMatch() {
        ScreeningHit hit = openHit(1.0);
        assertThat(keyOf(() -> hit.decide(ROK_MEMBER, HitStatus.FALSE_POSITIVE, "same name only", NOW)))
                .isEqualTo("refusal.screening.hit.notADecider");
        assertThat(keyOf(() -> hit.proposeFalsePositive(ROK_MEMBER, "same name only", NOW)))
                .isEqualTo("refusal.screening.hit.notADecider");
        assertThat(keyOf(() -> hit.decide(SECRETARIAT, HitStatus.TRUE_MATCH, "it is him", NOW)))
                .isEqualTo("refusal.screening.hit.notADecider");
        assertThat(hit.status()).isEqualTo(HitStatus.OPEN);
    }

    @Test
    void letsACoChairDecideAFalsePositiveBelowTheFourEyesScore() {
        ScreeningHit hit = openHit(0.94);
        hit.decide(ROK_COCHAIR, HitStatus.FALSE_POSITIVE, "born 1990 in Busan", NOW);
        assertThat(hit.status()).isEqualTo(HitStatus.FALSE_POSITIVE);
        assertThat(hit.view().decidedBy()).isEqualTo("rok.cochair");
    }

    @Test
    void refusesOnePersonClearingAHitAtTheFourEyesScore() {
        ScreeningHit hit = openHit(0.95);
        assertThatThrownBy(() -> hit.decide(ROK_COCHAIR, HitStatus.FALSE_POSITIVE, "born 1990 in Busan", NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("0.95");
        assertThat(hit.status()).isEqualTo(HitStatus.OPEN);
    }

    @Test
    void keepsAProposedFalsePositiveOpenUntilASecondPersonConfirmsIt() {
        ScreeningHit hit = openHit(1.0);
        hit.proposeFalsePositive(ROK_COCHAIR, "born 1990 in Busan", NOW);
        assertThat(hit.status()).isEqualTo(HitStatus.OPEN);
        assertThat(hit.view().awaitingConfirmation()).isTrue();
        assertThat(hit.view().proposedBy()).isEqualTo("rok.cochair");

        hit.confirmFalsePositive(US_COCHAIR, "passport checked", NOW);
        assertThat(hit.status()).isEqualTo(HitStatus.FALSE_POSITIVE);
        assertThat(hit.view().awaitingConfirmation()).isFalse();
        assertThat(hit.view().decidedBy()).isEqualTo("us.cochair");
    }

    @Test
    void refusesTheProposerOrSomeoneOfTheSameRoleAndPartyAsSecondPerson() {
        ScreeningHit hit = openHit(1.0);
        hit.proposeFalsePositive(ROK_COCHAIR, "born 1990 in Busan", NOW);
        assertThat(keyOf(() -> hit.confirmFalsePositive(ROK_COCHAIR, "agreed", NOW)))
                .isEqualTo("refusal.screening.hit.sameProposer");
        assertThat(keyOf(() -> hit.confirmFalsePositive(OTHER_ROK_COCHAIR, "agreed", NOW)))
                .isEqualTo("refusal.screening.hit.sameRoleAndParty");
        assertThat(keyOf(() -> hit.confirmFalsePositive(ROK_MEMBER, "agreed", NOW)))
                .isEqualTo("refusal.screening.hit.notADecider");
        assertThat(hit.mayBeConfirmedBy(US_COCHAIR)).isTrue();
        assertThat(hit.mayBeConfirmedBy(OTHER_ROK_COCHAIR)).isFalse();
        assertThat(hit.status()).isEqualTo(HitStatus.OPEN);
    }

    @Test
    void tellsWhoMayConfirmFromTheViewAlone() {
        ScreeningHit hit = openHit(1.0);
        hit.proposeFalsePositive(ROK_COCHAIR, "born 1990 in Busan", NOW);
        ScreeningHit shown = ScreeningHit.of(hit.view());
        assertThat(shown.mayBeConfirmedBy(US_COCHAIR)).isTrue();
        assertThat(shown.mayBeConfirmedBy(ROK_COCHAIR)).isFalse();
        assertThat(shown.mayBeConfirmedBy(OTHER_ROK_COCHAIR)).isFalse();
    }

    @Test
    void reopensAHitWhoseProposalTheSecondPersonRejects() {
        ScreeningHit hit = openHit(1.0);
        hit.proposeFalsePositive(ROK_COCHAIR, "born 1990 in Busan", NOW);
        hit.rejectFalsePositive(US_COCHAIR, "the birth date matches the listing");
        assertThat(hit.status()).isEqualTo(HitStatus.OPEN);
        assertThat(hit.awaitingConfirmation()).isFalse();
        hit.decide(US_COCHAIR, HitStatus.TRUE_MATCH, "it is the listed person", NOW);
        assertThat(hit.status()).isEqualTo(HitStatus.TRUE_MATCH);
    }

    @Test
    void refusesDecidingAHitAwaitingConfirmationOrAlreadyDecided() {
        ScreeningHit proposed = openHit(1.0);
        proposed.proposeFalsePositive(ROK_COCHAIR, "born 1990 in Busan", NOW);
        assertThat(keyOf(() -> proposed.decide(US_COCHAIR, HitStatus.TRUE_MATCH, "it is him", NOW)))
                .isEqualTo("refusal.screening.hit.awaitingConfirmation");

        ScreeningHit decided = openHit(0.9);
        decided.decide(ROK_COCHAIR, HitStatus.TRUE_MATCH, "it is him", NOW);
        assertThat(keyOf(() -> decided.decide(US_COCHAIR, HitStatus.FALSE_POSITIVE, "no", NOW)))
                .isEqualTo("refusal.screening.hit.notOpen");
        assertThat(keyOf(() -> decided.confirmFalsePositive(US_COCHAIR, "no", NOW)))
                .isEqualTo("refusal.screening.hit.noProposal");
        assertThat(keyOf(() -> decided.delist("system", "gone", NOW))).isEqualTo("refusal.screening.hit.notOpen");
    }

    @Test
    void refusesADecisionWithoutReasonOrWithAnotherStatus() {
        ScreeningHit hit = openHit(0.9);
        assertThat(keyOf(() -> hit.decide(ROK_COCHAIR, HitStatus.TRUE_MATCH, "  ", NOW)))
                .isEqualTo("refusal.screening.hit.reasonRequired");
        assertThat(keyOf(() -> hit.decide(ROK_COCHAIR, HitStatus.DELISTED, "why not", NOW)))
                .isEqualTo("refusal.screening.hit.decisionValues");
    }

    @Test
    void delistsAnOpenHitEvenWhileAFalsePositiveIsProposed() {
        ScreeningHit hit = openHit(1.0);
        hit.proposeFalsePositive(ROK_COCHAIR, "born 1990 in Busan", NOW);
        hit.delist("admin", "entry removed from the list", NOW);
        assertThat(hit.status()).isEqualTo(HitStatus.DELISTED);
        assertThat(hit.view().awaitingConfirmation()).isFalse();
    }
}
