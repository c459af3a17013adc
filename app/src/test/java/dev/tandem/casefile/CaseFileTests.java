package dev.tandem.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseFileTests {

    private static final Instant NOW = Instant.parse("2019-01-02T09:00:00Z");

    static CaseDraft draft(String title) {
        return new CaseDraft(title, "Medicine for the flu season", CaseCategory.HUMANITARIAN, null, null, null, false,
                List.of(new LineItem("Tamiflu", null, new BigDecimal("200000"), "doses", "3004.90", null, null, "TO",
                        false, false)),
                List.of(new Counterparty(CounterpartyRole.CONSIGNEE, "Ministry of Public Health", "ORGANISATION", "KP")));
    }

    private static CaseFile newDraft() {
        return CaseFile.draft(draft("Tamiflu"), "applicant", "Hanbit", "wg", NOW);
    }

    private static CaseFile sparePartsCase() {
        LineItem bearings = new LineItem("Wheel bearings for an Il-62M", null, new BigDecimal("4"), "piece",
                "8482.10", null, null, "TO", false, "civil-aircraft-spare-part", null, "applicant-sets-this", NOW);
        LineItem rice = new LineItem("Rice", null, new BigDecimal("10"), "t", "1006.30", null, null, "TO", false, false);
        return CaseFile.draft(new CaseDraft("Spare parts", "For the Sunan fleet", CaseCategory.HUMANITARIAN, null,
                null, null, false, List.of(bearings, rice), List.of()), "applicant", "Hanbit", "wg", NOW);
    }

    @Test
    void resolution2397Paragraph7DeclarationIsNeverCheckedByTheApplicantsOwnInput() {
        assertThat(sparePartsCase().items().get(0).purposeCheckedBy()).isNull();
        assertThat(sparePartsCase().items().get(0).purposeCheckedAt()).isNull();
    }

    @Test
    void resolution2397Paragraph7DeclarationIsConfirmedOnceBySecretariatAfterSubmission() {
        CaseFile file = sparePartsCase();
        assertThatThrownBy(() -> file.confirmDeclaredPurpose(1, "secretariat", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("this case is Draft");

        file.submit(LocalDate.of(2019, 1, 2), NOW, "applicant");
        LineItem confirmed = file.confirmDeclaredPurpose(1, "secretariat", NOW.plusSeconds(60));

        assertThat(confirmed.purposeCheckedBy()).isEqualTo("secretariat");
        assertThat(file.items().get(0).purposeCheckedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> file.confirmDeclaredPurpose(1, "secretariat", NOW))
                .hasMessageContaining("already confirmed by secretariat");
        assertThatThrownBy(() -> file.confirmDeclaredPurpose(2, "secretariat", NOW))
                .hasMessageContaining("line 2 declares no purpose to check");
        assertThatThrownBy(() -> file.confirmDeclaredPurpose(3, "secretariat", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the case has no line 3");
    }

    @Test
    void startsAsADraftWithItsHistory() {
        CaseFile file = newDraft();
        assertThat(file.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(file.history()).extracting(StatusEvent::status).containsExactly(CaseStatus.DRAFT);
        assertThat(file.ownedBy("applicant")).isTrue();
        assertThat(file.ownedBy("applicant2")).isFalse();
    }

    @Test
    void goesThroughItsLifeInOrder() {
        CaseFile file = newDraft();
        file.submit(LocalDate.of(2019, 1, 2), NOW, "applicant");
        file.startReview(NOW, "secretariat", null);
        file.recordDecision(NOW, "secretariat", "approved with conditions");
        file.startImplementing(NOW, "secretariat", null);
        file.close(NOW, "secretariat", null);
        assertThat(file.history()).extracting(StatusEvent::status).containsExactly(CaseStatus.DRAFT,
                CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW, CaseStatus.DECIDED, CaseStatus.IMPLEMENTING, CaseStatus.CLOSED);
        assertThat(file.filedOn()).isEqualTo(LocalDate.of(2019, 1, 2));
    }

    @Test
    void refusesIllegalTransitionsWithAReason() {
        CaseFile file = newDraft();
        assertThatThrownBy(() -> file.startReview(NOW, "secretariat", null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is Draft and cannot become In review");
        file.withdraw(NOW, "applicant", "no longer needed");
        assertThatThrownBy(() -> file.submit(LocalDate.now(), NOW, "applicant"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("status"));
        assertThat(file.history()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"SUBMITTED", "WITHDRAWN"})
    void letsOnlyADraftBeEdited(CaseStatus status) {
        CaseFile file = newDraft();
        if (status == CaseStatus.SUBMITTED) {
            file.submit(LocalDate.of(2019, 1, 2), NOW, "applicant");
        } else {
            file.withdraw(NOW, "applicant", "x");
        }
        assertThatThrownBy(() -> file.revise(draft("Changed"))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only a draft can be edited");
        assertThat(file.title()).isEqualTo("Tamiflu");
    }

    @Test
    void movesToASuccessorOnlyWhileOpen() {
        CaseFile open = newDraft();
        open.handOverTo("dg");
        assertThat(open.forumCode()).isEqualTo("dg");
        CaseFile closed = newDraft();
        closed.withdraw(NOW, "applicant", "x");
        assertThatThrownBy(() -> closed.handOverTo("dg")).isInstanceOf(RuleViolationException.class);
    }
}
