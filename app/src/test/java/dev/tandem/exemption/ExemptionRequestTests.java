package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExemptionRequestTests {

    private static final LocalDate DAY = LocalDate.of(2019, 2, 25);
    private static final ValidityRule RULE_2018 = new ValidityRule(LocalDate.of(2018, 8, 6), 6, null, "IAN 7 (2018)");

    private static ExemptionRequest circulated() {
        ExemptionRequest r = ExemptionRequest.draft("T-2019-0003", "ROK", RequestDetails.empty(),
                List.of(new ApprovedItem(1, "Video cameras", null, "8525.80", "piece", new BigDecimal("20"), null,
                        null)), DAY, "secretariat", Instant.parse("2019-02-25T00:00:00Z"));
        r.moveTo(ExemptionStage.NATIONAL_REVIEW, DAY, "secretariat", null, null);
        r.moveTo(ExemptionStage.SUBMITTED, DAY.plusDays(2), "secretariat", null, null);
        r.moveTo(ExemptionStage.CIRCULATED, DAY.plusDays(3), "secretariat", null, DAY.plusDays(8));
        return r;
    }

    @Test
    void refusesToSkipAStage() {
        ExemptionRequest r = ExemptionRequest.draft("T-2019-0003", "ROK", RequestDetails.empty(), List.of(), DAY,
                "secretariat", Instant.now());
        assertThatThrownBy(() -> r.moveTo(ExemptionStage.CIRCULATED, DAY, "secretariat", null, DAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot move from Drafted to Circulated");
    }

    @Test
    void refusesAStepDatedBeforeTheLastOne() {
        ExemptionRequest r = circulated();
        assertThatThrownBy(() -> r.moveTo(ExemptionStage.ON_HOLD, DAY, "secretariat", "France", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the last step, on 2019-02-28");
    }

    @Test
    void approvesForSixMonthsUnderThe2018RuleAndRefusesLonger() {
        ExemptionRequest r = circulated();
        assertThatThrownBy(() -> r.approve(LocalDate.of(2019, 3, 8), LocalDate.of(2019, 10, 1), RULE_2018, "s"))
                .hasMessageContaining("allows at most 6 months, so validity can end on 2019-09-08 at the latest");
        r.approve(LocalDate.of(2019, 3, 8), null, RULE_2018, "s");
        assertThat(r.validFrom()).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(r.validUntil()).isEqualTo(LocalDate.of(2019, 9, 8));
        assertThat(r.maxShipments()).isNull();
        assertThat(r.steps().get(3).days(LocalDate.of(2030, 1, 1))).isEqualTo(8);
    }

    @Test
    void letsAnyNumberOfShipmentsWithinTheQuantityUnderThe2018Rule() {
        ExemptionRequest r = circulated();
        r.approve(LocalDate.of(2019, 3, 8), null, RULE_2018, "s");
        for (int i = 0; i < 5; i++) {
            r.ship(LocalDate.of(2019, 4, 1).plusDays(i), Map.of(1, new BigDecimal("4")));
        }
        assertThatThrownBy(() -> r.ship(LocalDate.of(2019, 5, 1), Map.of(1, new BigDecimal("1"))))
                .hasMessageContaining("would exceed its approved quantity of 20 by 1 piece; 0 piece remain");
        assertThatThrownBy(() -> r.ship(LocalDate.of(2019, 9, 9), Map.of(1, new BigDecimal("1"))))
                .hasMessageContaining("outside the validity window 2019-03-08 – 2019-09-08");
    }

    @Test
    void expiresOnlyOnceItsLastDayHasCome() {
        ExemptionRequest r = circulated();
        r.approve(LocalDate.of(2019, 3, 8), null, RULE_2018, "s");
        assertThatThrownBy(() -> r.expire(LocalDate.of(2019, 9, 7), "system"))
                .hasMessageContaining("is valid until 2019-09-08");
        r.expire(LocalDate.of(2019, 9, 9), "system");
        assertThat(r.stage()).isEqualTo(ExemptionStage.EXPIRED);
        assertThat(r.currentStep().enteredOn()).isEqualTo(LocalDate.of(2019, 9, 8));
    }
}
