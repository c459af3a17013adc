package dev.tandem.exemption;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.IntegrationTest;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.common.SystemActor;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.DecisionRule;
import dev.tandem.forum.ForumKind;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumStatus;
import dev.tandem.forum.NewForum;

import static dev.tandem.exemption.ExemptionFixture.secretariat;
import static dev.tandem.exemption.ExemptionFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ExemptionOpenWorkIntegrationTests {

    @Autowired
    ExemptionManagement exemptions;
    @Autowired
    CaseManagement cases;
    @Autowired
    ForumManagement forums;
    @Autowired
    ExemptionOpenWork openWork;

    private String forum() {
        String code = "x-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> {
            forums.establish(new NewForum(code, "Exemption test forum " + code, "면제 시험 협의체 " + code,
                    ForumKind.WORKING_GROUP, List.of("ROK", "US"), LocalDate.of(2018, 1, 1), null));
            forums.adoptCharter(code, new ForumManagement.NewCharter("Joint review", "공동 검토", LocalDate.of(2018, 1, 1),
                    DecisionRule.CONSENSUS_OF_CO_CHAIRS, 5, true, CaseRouting.JOINT_REVIEW_OF_ALL_CASES, 5, 20, null));
        });
        return code;
    }

    @Test
    void refusesTerminatingAForumWithoutSuccessorWhileAnExemptionRequestOfItsCasesIsOpen() {
        String forum = forum();
        String caseRef = ExemptionFixture.videoReunionCase(cases, forum);
        String ref = secretariat(() -> {
            ExemptionRequest r = exemptions.draft(caseRef, ExemptionFixture.complete());
            exemptions.generatePackage(r.ref());
            return exemptions.record(r.ref(), step(ExemptionStage.NATIONAL_REVIEW)).ref();
        });

        assertThat(openWork.openWork(forum)).singleElement().asString().contains(ref, caseRef, "national review");
        assertThatThrownBy(() -> SystemActor.run(() ->
                forums.recordEvent(forum, ForumStatus.TERMINATED, LocalDate.of(2021, 6, 23), null)))
                .hasMessageContaining(ref);
        assertThat(SystemActor.call(() -> forums.forum(forum)).status()).isNotEqualTo(ForumStatus.TERMINATED);
    }
}
