package dev.tandem.casefile;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Storage of cases, run on each database Tandem supports. */
abstract class CaseFilesContract {

    @Autowired
    CaseFiles files;
    @Autowired
    CaseManagement cases;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void storesAndLoadsAWholeCase() {
        CaseFile saved = files.save(CaseFile.draft(CaseFileTests.draft("Stored"), "applicant", "Hanbit",
                "rok-us-dg-consultation", Instant.parse("2026-01-05T10:00:00Z")));
        assertThat(saved.ref()).matches("T-2026-\\d{4}");
        CaseFile loaded = files.byRef(saved.ref()).orElseThrow();
        assertThat(loaded.items()).isEqualTo(CaseFileTests.draft("Stored").items().stream()
                .map(i -> new LineItem(i.description(), i.specification(), new java.math.BigDecimal("200000.0000"),
                        i.unit(), i.hsCode(), i.unitValueUsd(), i.totalValueUsd(), i.direction(), false, false)).toList());
        assertThat(loaded.counterparties()).isEqualTo(CaseFileTests.draft("Stored").counterparties());
        assertThat(loaded.history()).extracting(StatusEvent::status).containsExactly(CaseStatus.DRAFT);
    }

    @Test
    void storesDeclaredPurposesProductsTheirCheckAndTheCaseDeclarations() {
        LineItem part = new LineItem("Wheel bearings for an Il-62M", null, new java.math.BigDecimal("4"), "piece",
                "8482.10", null, new java.math.BigDecimal("2400"), "TO", false, "civil-aircraft-spare-part", null,
                null, null);
        LineItem fuel = new LineItem("Diesel", null, new java.math.BigDecimal("1000"), "t", "2710.19", null, null,
                "TO", false, null, "gas-oil-diesel", null, null);
        CaseDraft draft = new CaseDraft("Aircraft parts", "Parts for the Sunan fleet", CaseCategory.HUMANITARIAN,
                null, null, null, false, java.util.List.of(part, fuel), java.util.List.of(),
                java.util.Set.of("export-credit", "ship-to-ship-transfer"), null);
        CaseFile saved = files.save(CaseFile.draft(draft, "applicant", "Hanbit", "rok-us-dg-consultation",
                Instant.parse("2026-01-05T10:00:00Z")));
        CaseFile file = files.byRef(saved.ref()).orElseThrow();
        file.submit(LocalDate.of(2026, 1, 5), Instant.parse("2026-01-05T11:00:00Z"), "applicant");
        file.confirmDeclaredPurpose(1, "secretariat", Instant.parse("2026-01-06T09:00:00Z"));
        transaction.executeWithoutResult(s -> files.save(file));

        CaseFile loaded = files.byRef(saved.ref()).orElseThrow();
        assertThat(loaded.declarations()).containsExactlyInAnyOrder("export-credit", "ship-to-ship-transfer");
        assertThat(loaded.items().get(0).declaredPurpose()).isEqualTo("civil-aircraft-spare-part");
        assertThat(loaded.items().get(0).civilAircraftSparePart()).isTrue();
        assertThat(loaded.items().get(0).purposeCheckedBy()).isEqualTo("secretariat");
        assertThat(loaded.items().get(0).purposeCheckedAt()).isEqualTo(Instant.parse("2026-01-06T09:00:00Z"));
        assertThat(loaded.items().get(1).product()).isEqualTo("gas-oil-diesel");
        assertThat(loaded.items().get(1).purposeCheckedBy()).isNull();
    }

    @Test
    void refusesALostUpdateWhenTwoPeopleEditAtOnce() {
        CaseFile saved = files.save(CaseFile.draft(CaseFileTests.draft("Race"), "applicant", "Hanbit",
                "rok-us-dg-consultation", Instant.now()));
        CaseFile first = files.byRef(saved.ref()).orElseThrow();
        CaseFile second = files.byRef(saved.ref()).orElseThrow();
        first.submit(LocalDate.now(), Instant.now(), "applicant");
        second.withdraw(Instant.now(), "applicant", "changed our mind");
        transaction.executeWithoutResult(s -> files.save(first));
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> files.save(second)))
                .isInstanceOf(ConflictException.class);
        assertThat(files.byRef(saved.ref()).orElseThrow().status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void keepsTheDemoCasesOfTheWorkingGroup() {
        assertThat(files.allRefs()).hasSizeGreaterThanOrEqualTo(6);
        CaseFile tamiflu = files.allRefs().stream().map(r -> files.byRef(r).orElseThrow())
                .filter(c -> c.title().startsWith("Tamiflu")).findFirst().orElseThrow();
        assertThat(tamiflu.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(tamiflu.charterVersion()).isEqualTo(1);
        assertThat(tamiflu.clearances()).extracting(Clearance::authority).contains("FORUM_REVIEW", "UN_1718_EXEMPTION");
        CaseFile stillOpen = files.allRefs().stream().map(r -> files.byRef(r).orElseThrow())
                .filter(c -> c.title().startsWith("Annual assistance package")).findFirst().orElseThrow();
        // filed with the working group, moved with its work to the successor when the group ended
        assertThat(stillOpen.forumCode()).isEqualTo("rok-us-dg-consultation");
        assertThat(stillOpen.status()).isEqualTo(CaseStatus.SUBMITTED);
    }
}
