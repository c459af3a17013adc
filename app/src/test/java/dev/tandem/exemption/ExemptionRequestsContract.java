package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.casefile.CaseManagement;
import dev.tandem.common.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Storage of exemption requests and the validity rules, run on each database Tandem supports (the constraint that
 * keeps one request under way per case is the database's).
 */
abstract class ExemptionRequestsContract {

    @Autowired
    ExemptionRequests requests;
    @Autowired
    ValidityRules rules;
    @Autowired
    ExemptionManagement exemptions;
    @Autowired
    CaseManagement cases;

    @Test
    void findsTheValidityRuleInForceOnADay() {
        assertThat(rules.inForceOn(LocalDate.of(2019, 3, 8))).satisfies(r -> {
            assertThat(r.validityMonths()).isEqualTo(6);
            assertThat(r.maxShipments()).isNull();
        });
        assertThat(rules.inForceOn(LocalDate.of(2020, 11, 30))).satisfies(r -> {
            assertThat(r.validityMonths()).isEqualTo(9);
            assertThat(r.maxShipments()).isEqualTo(3);
        });
        assertThatThrownBy(() -> rules.inForceOn(LocalDate.of(2017, 1, 1)))
                .hasMessageContaining("no validity rule was in force on 2017-01-01");
    }

    @Test
    void storesARequestWithItsStepsShipmentsExtensionsAndPackages() {
        LocalDate on = LocalDate.of(2021, 1, 4);
        ExemptionRequest draft = ExemptionRequest.draft("T-2021-9999", "ROK", ExemptionFixture.complete(),
                List.of(new ApprovedItem(1, "Video cameras", "HD", "8525.80", "piece", new BigDecimal("20"), null,
                        new BigDecimal("60000.00"))), on, "secretariat", Instant.parse("2021-01-04T01:00:00Z"));
        ExemptionRequest saved = requests.save(draft);
        assertThat(saved.ref()).matches("E-2021-\\d{4}");
        saved.moveTo(ExemptionStage.NATIONAL_REVIEW, on, "secretariat", null, null);
        saved.moveTo(ExemptionStage.SUBMITTED, on.plusDays(1), "secretariat", null, null);
        saved.moveTo(ExemptionStage.CIRCULATED, on.plusDays(1), "secretariat", null, on.plusDays(6));
        saved.moveTo(ExemptionStage.ON_HOLD, on.plusDays(3), "secretariat", "United States", null);
        saved.moveTo(ExemptionStage.CIRCULATED, on.plusDays(10), "secretariat", null, null);
        saved.approve(on.plusDays(12), null, rules.inForceOn(on.plusDays(12)), "secretariat");
        saved.ship(on.plusDays(20), Map.of(1, new BigDecimal("7.5")));
        saved.requestExtension(on.plusMonths(11), on.plusDays(21));
        ExemptionRequest again = requests.save(saved);

        assertThat(again.steps()).extracting(ExemptionStep::stage).containsExactly(ExemptionStage.DRAFTED,
                ExemptionStage.NATIONAL_REVIEW, ExemptionStage.SUBMITTED, ExemptionStage.CIRCULATED,
                ExemptionStage.ON_HOLD, ExemptionStage.CIRCULATED, ExemptionStage.APPROVED);
        assertThat(again.steps().get(4)).isEqualTo(new ExemptionStep(ExemptionStage.ON_HOLD, on.plusDays(3),
                on.plusDays(10), "secretariat", "United States"));
        assertThat(again.validUntil()).isEqualTo(on.plusDays(12).plusMonths(9));
        assertThat(again.maxShipments()).isEqualTo(3);
        assertThat(again.used()).containsEntry(1, new BigDecimal("7.5000"));
        assertThat(again.openExtension()).hasValueSatisfying(x -> assertThat(x.requestedUntil())
                .isEqualTo(on.plusMonths(11)));
        assertThat(again.details()).isEqualTo(ExemptionFixture.complete());

        RequestPackage first = new RequestPackage(1, Instant.parse("2021-01-04T02:00:00Z"), "secretariat",
                "a".repeat(64), "b".repeat(64), null);
        requests.addPackage(again.id(), again.ref(), first, new byte[] {1, 2, 3}, new byte[] {4, 5});
        assertThatThrownBy(() -> requests.addPackage(again.id(), again.ref(), first, new byte[] {9}, new byte[] {9}))
                .as("a second version 1, generated at the same time").isInstanceOf(ConflictException.class);
        assertThat(requests.markSent(again.id(), 1, Instant.parse("2021-01-05T00:00:00Z"))).isTrue();
        assertThat(requests.markSent(again.id(), 1, Instant.parse("2021-01-06T00:00:00Z"))).isFalse();
        assertThat(requests.packages(again.id())).singleElement()
                .satisfies(p -> assertThat(p.sentAt()).isEqualTo(Instant.parse("2021-01-05T00:00:00Z")));
        assertThat(requests.packageFile(again.id(), 1, false)).hasValue(new byte[] {4, 5});
    }

    @Test
    void refusesToOverwriteANewerVersion() {
        ExemptionRequest saved = requests.save(ExemptionRequest.draft("T-2021-9998", "ROK",
                ExemptionFixture.complete(), List.of(), LocalDate.of(2021, 2, 1), "secretariat",
                Instant.parse("2021-02-01T00:00:00Z")));
        ExemptionRequest first = requests.byRef(saved.ref()).orElseThrow();
        ExemptionRequest second = requests.byRef(saved.ref()).orElseThrow();
        first.moveTo(ExemptionStage.NATIONAL_REVIEW, LocalDate.of(2021, 2, 2), "secretariat", null, null);
        requests.save(first);
        second.moveTo(ExemptionStage.NATIONAL_REVIEW, LocalDate.of(2021, 2, 3), "rok.member", null, null);
        assertThatThrownBy(() -> requests.save(second)).isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesASecondRequestUnderWayForACaseAndAllowsOneAfterTheFirstEnded() {
        ExemptionRequest first = requests.save(ExemptionRequest.draft("T-2021-9997", "ROK",
                ExemptionFixture.complete(), List.of(), LocalDate.of(2021, 3, 1), "secretariat",
                Instant.parse("2021-03-01T00:00:00Z")));
        ExemptionRequest second = ExemptionRequest.draft("T-2021-9997", "US", ExemptionFixture.complete(), List.of(),
                LocalDate.of(2021, 3, 1), "secretariat", Instant.parse("2021-03-01T00:00:01Z"));
        assertThatThrownBy(() -> requests.save(second)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("another was drafted at the same moment");

        ExemptionRequest ended = requests.byRef(first.ref()).orElseThrow();
        ended.moveTo(ExemptionStage.NATIONAL_REVIEW, LocalDate.of(2021, 3, 2), "secretariat", null, null);
        ended.moveTo(ExemptionStage.SUBMITTED, LocalDate.of(2021, 3, 2), "secretariat", null, null);
        ended.moveTo(ExemptionStage.CIRCULATED, LocalDate.of(2021, 3, 3), "secretariat", null, LocalDate.of(2021, 3, 8));
        ended.moveTo(ExemptionStage.NOT_APPROVED, LocalDate.of(2021, 3, 9), "secretariat", null, null);
        requests.save(ended);
        assertThat(requests.save(second).stage()).as("a new request once the first ended")
                .isEqualTo(ExemptionStage.DRAFTED);
    }

    @Test
    void draftsOneRequestWhenTwoAreDraftedForACaseAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String caseRef = ExemptionFixture.videoReunionCase(cases);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        try {
                            return ExemptionFixture.secretariat(() -> exemptions.draft(caseRef, null)).ref();
                        } catch (ConflictException e) {
                            return "refused: " + e.getMessage();
                        }
                    }));
                }
                start.countDown();
                List<String> outcomes = new java.util.ArrayList<>();
                for (Future<String> f : results) {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).filteredOn(o -> o.startsWith("E-")).hasSize(1);
                assertThat(outcomes).filteredOn(o -> o.startsWith("refused: ")).singleElement().asString()
                        .contains(caseRef).contains("under way");
                assertThat(ExemptionFixture.secretariat(() -> exemptions.ofCase(caseRef))).hasSize(1);
            }
        } finally {
            pool.shutdown();
        }
    }
}
