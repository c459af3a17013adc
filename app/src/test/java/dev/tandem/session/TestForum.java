package dev.tandem.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.SystemActor;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.DecisionRule;
import dev.tandem.forum.ForumKind;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.NewForum;

/** Forums of ROK and US that the session tests create for themselves, reviewing every case jointly. */
final class TestForum {

    private TestForum() {
    }

    static String create(ForumManagement forums) {
        String code = "s-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> {
            forums.establish(new NewForum(code, "Session test forum " + code, "회의 시험 협의체 " + code,
                    ForumKind.WORKING_GROUP, List.of("ROK", "US"), LocalDate.of(2018, 1, 1), null));
            forums.adoptCharter(code, new ForumManagement.NewCharter("Joint review", "공동 검토", LocalDate.of(2018, 1, 1),
                    DecisionRule.CONSENSUS_OF_CO_CHAIRS, 5, true, CaseRouting.JOINT_REVIEW_OF_ALL_CASES, 5, 20, null));
        });
        return code;
    }
}
